using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RightsBot.Privacy;
using RightsBot.Storage;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// Issues and checks HS256 JWTs bound to one conversation and one user (claims <c>conv</c>, <c>user</c>, <c>scope</c>).
/// Web Chat adopts the <c>user</c> claim as its user id, so a worker cannot pose as another. Expiry is checked
/// against the injected clock. Each token also carries the conversation's token generation (<c>gen</c>), checked
/// against the database so a refresh retires the token it replaced, and the time of the conversation's first token
/// (<c>start</c>): no token of a conversation lives past <see cref="DirectLineOptions.MaxConversationHours"/> from it.
/// </summary>
public sealed class DirectLineTokens
{
    public const string ConversationScope = "conversation";
    public const string StreamScope = "stream";
    private const string Issuer = "rightsbot-directline";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TokenGenerations _generations;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    public DirectLineTokens(IOptions<DirectLineOptions> options, IOptions<StorageOptions> storage, TokenGenerations generations, TimeProvider time)
    {
        _options = options.Value;
        _generations = generations;
        _time = time;
        _key = new SymmetricSecurityKey(LoadKey(_options.SigningKey, storage.Value.ResolveDataDirectory()));
    }

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(_options.TokenLifetimeMinutes);

    /// <summary>How long a conversation may be continued with tokens, counted from its first token.</summary>
    public TimeSpan MaxConversationAge => TimeSpan.FromHours(_options.MaxConversationHours);

    /// <summary>The key material, also used to sign attachment links.</summary>
    internal byte[] KeyBytes => _key.Key;

    /// <summary>The first conversation token of a new conversation (generation 0, starting now).</summary>
    public IssuedToken IssueFirst(string conversationId, string userId) =>
        IssueFor(new DirectLineClaims(conversationId, userId, ConversationScope, default, 0, _time.GetUtcNow()), ConversationScope, TokenLifetime);

    /// <summary>
    /// Another token under the same grant as <paramref name="grant"/> (conversation, user, generation, start), capped at
    /// the conversation's end.
    /// </summary>
    public IssuedToken IssueFor(DirectLineClaims grant, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        var end = grant.StartedAt + MaxConversationAge;
        var expires = now + lifetime < end ? now + lifetime : end;
        var token = Sign(grant.ConversationId, grant.UserId, scope, now, expires, grant.Generation, grant.StartedAt);
        return new IssuedToken(token, (int)Math.Max(0, (expires - now).TotalSeconds));
    }

    /// <summary>A token with explicit lifetime at generation 0 (tests use a negative lifetime for an expired one).</summary>
    public string Issue(string conversationId, string userId, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        var started = lifetime < TimeSpan.Zero ? now + lifetime : now;
        return Sign(conversationId, userId, scope, now, now + lifetime, 0, started);
    }

    private string Sign(string conversationId, string userId, string scope, DateTimeOffset now, DateTimeOffset expires, long generation, DateTimeOffset started)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Claims = new Dictionary<string, object>
            {
                ["conv"] = conversationId,
                ["user"] = userId,
                ["scope"] = scope,
                ["gen"] = generation,
                ["start"] = started.ToUnixTimeSeconds(),
                ["iat"] = now.ToUnixTimeSeconds(),
                ["exp"] = expires.ToUnixTimeSeconds(),
                ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        };
        return _handler.CreateToken(descriptor);
    }

    public Task<(TokenCheck Check, DirectLineClaims? Claims)> ValidateAsync(string? token, string? conversationId, string scope, CancellationToken ct) =>
        ValidateAsync(token, conversationId, [scope], TimeSpan.Zero, ct);

    /// <summary>
    /// Checks a token; <paramref name="expiredGrace"/> lets a recently expired one through (for refresh only), never
    /// past the conversation's end. A token of an earlier generation (replaced by a refresh) is <see cref="TokenCheck.Revoked"/>.
    /// </summary>
    public async Task<(TokenCheck Check, DirectLineClaims? Claims)> ValidateAsync(
        string? token, string? conversationId, IReadOnlyCollection<string> scopes, TimeSpan expiredGrace, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (TokenCheck.Missing, null);
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            ValidateLifetime = false,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
        object? Claim(string name) => result.IsValid && result.Claims.TryGetValue(name, out var value) ? value : null;
        if (!result.IsValid
            || Claim("conv") is not string conv
            || Claim("user") is not string user
            || Claim("scope") is not string scope
            || !scopes.Contains(scope, StringComparer.Ordinal)
            || ReadUnixTime(Claim("exp")) is not { } expires)
        {
            return (TokenCheck.Malformed, null);
        }

        // Tokens signed before generations existed count as generation 0, started when they were issued.
        var generation = ReadLong(Claim("gen")) ?? 0;
        var started = ReadUnixTime(Claim("start")) ?? ReadUnixTime(Claim("iat")) ?? expires;
        var now = _time.GetUtcNow();
        if (expires + expiredGrace <= now || started + MaxConversationAge <= now)
        {
            return (TokenCheck.Expired, null);
        }

        if (conversationId is not null && !string.Equals(conv, conversationId, StringComparison.Ordinal))
        {
            return (TokenCheck.WrongConversation, null);
        }

        if (await _generations.CurrentAsync(conv, ct) != generation)
        {
            return (TokenCheck.Revoked, null);
        }

        return (TokenCheck.Valid, new DirectLineClaims(conv, user, scope, expires, generation, started));
    }

    private static long? ReadLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => null,
    };

    private static DateTimeOffset? ReadUnixTime(object? value) => value switch
    {
        long l => DateTimeOffset.FromUnixTimeSeconds(l),
        int i => DateTimeOffset.FromUnixTimeSeconds(i),
        double d => DateTimeOffset.FromUnixTimeSeconds((long)d),
        _ => null,
    };

    private static byte[] LoadKey(string? configured, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32 ? bytes : throw new InvalidOperationException("DirectLine:SigningKey must be at least 32 bytes (base64).");
        }

        return KeyFile.LoadOrCreate(Path.Combine(dataDirectory, "keys", "directline-signing.key"));
    }
}
