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
/// against the injected clock.
/// </summary>
public sealed class DirectLineTokens
{
    public const string ConversationScope = "conversation";
    public const string StreamScope = "stream";
    private const string Issuer = "rightsbot-directline";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    public DirectLineTokens(IOptions<DirectLineOptions> options, IOptions<StorageOptions> storage, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = new SymmetricSecurityKey(LoadKey(_options.SigningKey, storage.Value.ResolveDataDirectory()));
    }

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(_options.TokenLifetimeMinutes);

    /// <summary>The key material, also used to sign attachment links.</summary>
    internal byte[] KeyBytes => _key.Key;

    public string Issue(string conversationId, string userId, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Claims = new Dictionary<string, object>
            {
                ["conv"] = conversationId,
                ["user"] = userId,
                ["scope"] = scope,
                ["iat"] = now.ToUnixTimeSeconds(),
                ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
                ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        };
        return _handler.CreateToken(descriptor);
    }

    public Task<(TokenCheck Check, DirectLineClaims? Claims)> ValidateAsync(string? token, string? conversationId, params string[] scopes) =>
        ValidateAsync(token, conversationId, TimeSpan.Zero, scopes);

    /// <summary>Checks a token; <paramref name="expiredGrace"/> lets a recently expired one through (for refresh only).</summary>
    public async Task<(TokenCheck Check, DirectLineClaims? Claims)> ValidateAsync(string? token, string? conversationId, TimeSpan expiredGrace, params string[] scopes)
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

        if (expires + expiredGrace <= _time.GetUtcNow())
        {
            return (TokenCheck.Expired, null);
        }

        if (conversationId is not null && !string.Equals(conv, conversationId, StringComparison.Ordinal))
        {
            return (TokenCheck.WrongConversation, null);
        }

        return (TokenCheck.Valid, new DirectLineClaims(conv, user, scope, expires));
    }

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
