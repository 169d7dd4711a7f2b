using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RightsBot.Activities;
using RightsBot.Channels.DirectLine.Protocol;
using RightsBot.Hosting;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST routes Microsoft's Web Chat and DirectLineJS use, under <c>/v3/directline</c>.</summary>
public static partial class DirectLineEndpoints
{
    public const string ChannelId = "directline";
    public const string RoutePrefix = "/v3/directline";
    private const int MaxActivitiesPerRead = 500;
    private const int MaxTokenRequestBytes = 4096;

    // The activity body is read in chunks of this size, stopping (413) at MaxActivityBytes; the server's own limit sits one chunk above.
    private const int ReadChunkBytes = 16 * 1024;

    private static readonly HashSet<string> AcceptedTypes =
        new([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Event, ActivityTypes.EndOfConversation], StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(RoutePrefix).RequireCors(DirectLineRegistration.CorsPolicy);
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(DirectLineRegistration.NewConversationLimit);
        group.MapPost("/tokens/refresh", RefreshTokenAsync).RequireRateLimiting(DirectLineRegistration.TokenRequestLimit);

        // The token from tokens/generate already paid for the new conversation; starting it costs from the token budget.
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(DirectLineRegistration.TokenRequestLimit);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync).RequireRateLimiting(DirectLineRegistration.TokenRequestLimit);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync)
            .WithMetadata(new BodySizeLimit(app.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes + ReadChunkBytes));
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUploads.UploadAsync).DisableAntiforgery()
            .WithMetadata(new BodySizeLimit(app.ServiceProvider.GetRequiredService<IOptions<DirectLineLimitsOptions>>().Value.MaxUploadRequestBytes));
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync).RequireRateLimiting(DirectLineRegistration.TokenRequestLimit);
        group.MapGet("/attachments/{attachmentId}", DirectLineUploads.DownloadAsync);
        return app;
    }

    /// <summary>
    /// Anonymous: mints a token bound to a new conversation and a user id, as the hosted service does for a secret.
    /// The page calls it; Web Chat then starts the conversation with the token. As in Azure's service, the body may ask
    /// for a user id (<c>{"user":{"id":"dl_…"}}</c>); it must start with <c>dl_</c>. Without one the id is random.
    /// </summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineTokens tokens, CancellationToken ct)
    {
        var (userId, problem) = await RequestedUserIdAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var conversationId = NewId();
        var issued = tokens.IssueFirst(conversationId, userId ?? "dl_" + NewId());
        return TypedResults.Ok(new ConversationResponse { ConversationId = conversationId, Token = issued.Token, ExpiresIn = issued.ExpiresIn });
    }

    /// <summary>
    /// Rotates: the new token replaces the one presented, which stops working (for every route and the stream).
    /// An expired token is accepted within <see cref="DirectLineOptions.RefreshGraceHours"/>, and no token lives past
    /// the conversation's <see cref="DirectLineOptions.MaxConversationHours"/>.
    /// </summary>
    private static async Task<IResult> RefreshTokenAsync(
        HttpRequest request, DirectLineTokens tokens, TokenGenerations generations, TimeProvider time, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var grace = TimeSpan.FromHours(options.Value.RefreshGraceHours);
        var (check, claims) = await tokens.ValidateAsync(BearerToken(request), null, [DirectLineTokens.ConversationScope], grace, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        var next = await generations.AdvanceAsync(claims!.ConversationId, claims.Generation, time, ct);
        if (next is null)
        {
            return DirectLineProblems.ForToken(TokenCheck.Revoked);
        }

        var issued = tokens.IssueFor(claims with { Generation = next.Value }, DirectLineTokens.ConversationScope, tokens.TokenLifetime);
        return TypedResults.Ok(new ConversationResponse { ConversationId = claims.ConversationId, Token = issued.Token, ExpiresIn = issued.ExpiresIn });
    }

    private static async Task<(string? UserId, IResult? Problem)> RequestedUserIdAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(request, MaxTokenRequestBytes, ct);
        if (body is null)
        {
            return (null, DirectLineProblems.Create(StatusCodes.Status413PayloadTooLarge, "BadArgument", "The token request is too large."));
        }

        if (body.Length == 0 || body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (null, null);
        }

        static IResult Bad(string message) => DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", message);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Bad("The token request is not a JSON object."));
            }

            if (!document.RootElement.TryGetProperty("user", out var user) || user.ValueKind == JsonValueKind.Null)
            {
                return (null, null);
            }

            if (user.ValueKind != JsonValueKind.Object)
            {
                return (null, Bad("\"user\" must be an object."));
            }

            if (!user.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
            {
                return (null, null);
            }

            return id.ValueKind == JsonValueKind.String && IsDirectLineUserId(id.GetString()!)
                ? (id.GetString(), null)
                : (null, Bad("user.id must start with \"dl_\" and have at most 128 letters, digits or - _ . : @."));
        }
        catch (JsonException)
        {
            return (null, Bad("The token request is not valid JSON."));
        }
    }

    private static bool IsDirectLineUserId(string id) =>
        id.Length is > 3 and <= 128
        && id.StartsWith("dl_", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@');

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineTokens tokens, ConversationStore store, TurnIngress ingress, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (check, claims) = await tokens.ValidateAsync(BearerToken(request), null, DirectLineTokens.ConversationScope, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        var key = ConversationKey.For(ChannelId, claims!.ConversationId);
        var existed = await store.ExistsAsync(key, ct);
        await store.EnsureConversationAsync(ChannelId, claims.ConversationId, claims.UserId, ct);
        if (!existed)
        {
            // The greeting is queued now and replayed when the socket opens, so it is never lost.
            await ingress.StartAsync(key, new ChannelAccount { Id = claims.UserId, Role = "user" }, ct);
        }

        var response = ConversationFor(request, tokens, options.Value, claims, watermark: null);
        return existed ? TypedResults.Ok(response) : TypedResults.Created((string?)null, response);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, ConversationStore store, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (check, claims) = await tokens.ValidateAsync(BearerToken(request), conversationId, DirectLineTokens.ConversationScope, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        if (!await store.ExistsAsync(ConversationKey.For(ChannelId, conversationId), ct))
        {
            return DirectLineProblems.Create(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
        }

        return TypedResults.Ok(ConversationFor(request, tokens, options.Value, claims!, watermark));
    }

    /// <summary>
    /// Polling. DirectLineJS stops polling for good after a single non-403/404 error, so with a valid token this
    /// route never fails: on internal trouble it answers an empty set with the caller's watermark.
    /// </summary>
    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, ConversationStore store, ILoggerFactory loggers, CancellationToken ct)
    {
        var (check, _) = await tokens.ValidateAsync(BearerToken(request), conversationId, DirectLineTokens.ConversationScope, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        var after = ParseWatermark(watermark);
        try
        {
            var key = ConversationKey.For(ChannelId, conversationId);
            var entries = await store.ReadAfterAsync(key, after, MaxActivitiesPerRead, ct);
            return Results.Text(ActivitySetJson(entries, after), "application/json", Encoding.UTF8);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PollFailed(loggers.CreateLogger(typeof(DirectLineEndpoints)), ex, conversationId);
            return Results.Text(ActivitySetJson([], after), "application/json", Encoding.UTF8);
        }
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineTokens tokens, ConversationStore store, TurnIngress ingress,
        ConversationSignals signals, DirectLineLimits limits, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (check, claims) = await tokens.ValidateAsync(BearerToken(request), conversationId, DirectLineTokens.ConversationScope, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        if (!request.HasJsonContentType())
        {
            return DirectLineProblems.Create(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Send the activity as application/json.");
        }

        var (activity, problem) = await ReadActivityAsync(request, options.Value, ct);
        if (problem is not null)
        {
            return problem;
        }

        // Typing is not stored and costs nothing; everything else counts against the conversation's budget.
        if (!string.Equals(activity!.Type, ActivityTypes.Typing, StringComparison.Ordinal)
            && await store.ExistsAsync(ConversationKey.For(ChannelId, conversationId), ct)
            && await limits.RefuseIfTooFastAsync(ConversationKey.For(ChannelId, conversationId), request.HttpContext.Response, ct) is { } tooFast)
        {
            return tooFast;
        }

        return await AcceptAsync(conversationId, activity!, claims!, store, ingress, signals, ct);
    }

    internal static async Task<IResult> AcceptAsync(
        string conversationId, Activity activity, DirectLineClaims claims, ConversationStore store, TurnIngress ingress, ConversationSignals signals, CancellationToken ct)
    {
        var key = ConversationKey.For(ChannelId, conversationId);
        if (!await store.ExistsAsync(key, ct))
        {
            return DirectLineProblems.Create(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found; start it first.");
        }

        // The user id comes from the token, never from the body.
        var stamped = activity with
        {
            ChannelId = ChannelId,
            From = (activity.From ?? new ChannelAccount()) with { Id = claims.UserId, Role = "user" },
            Recipient = null,
        };

        if (string.Equals(activity.Type, ActivityTypes.Typing, StringComparison.Ordinal))
        {
            // Not stored; shown live to staff who hold the conversation.
            signals.Publish(key, new ConversationSignal(stamped with { Text = null }, long.MaxValue));
            return TypedResults.Ok(new ResourceResponse($"{conversationId}|typing-{NewId()}"));
        }

        var result = await ingress.AcceptAsync(key, stamped, activity.ClientActivityId, ct);
        return TypedResults.Ok(new ResourceResponse(result.Entry.ActivityId));
    }

    internal static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, DirectLineOptions options, CancellationToken ct)
    {
        if (request.ContentLength > options.MaxActivityBytes)
        {
            return (null, TooLarge(options));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ReadChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxActivityBytes)
            {
                return (null, TooLarge(options));
            }

            buffer.Write(chunk, 0, read);
        }

        return ParseActivity(buffer.ToArray(), options);
    }

    internal static (Activity? Activity, IResult? Problem) ParseActivity(ReadOnlyMemory<byte> json, DirectLineOptions options)
    {
        // Read as a document first: the activity's type must be there and be a string (the schema requires it; the
        // record's default would otherwise turn a type-less body into a message).
        Activity? activity;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a JSON object."));
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(type.GetString()))
            {
                return (null, DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs a \"type\" string."));
            }

            activity = root.Deserialize(ActivityJsonContext.Default.Activity);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Wrong value types, duplicate fields, dates that are not dates: all the client's mistake.
            return (null, DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a valid JSON activity."));
        }

        if (activity is null)
        {
            return (null, DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a JSON object."));
        }

        if (!AcceptedTypes.Contains(activity.Type))
        {
            return (null, DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", $"Activity type '{Truncate(activity.Type, 40)}' is not supported here."));
        }

        if (activity.Text is { Length: var length } && length > options.MaxTextLength)
        {
            return (null, DirectLineProblems.Create(StatusCodes.Status400BadRequest, "MessageSizeTooBig", $"Text is longer than {options.MaxTextLength} characters."));
        }

        return (activity, null);
    }

    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 0;

    /// <summary>Builds <c>{"activities":[...],"watermark":"N"}</c> from stored JSON without re-serialising it.</summary>
    internal static string ActivitySetJson(IReadOnlyList<TranscriptEntry> entries, long after)
    {
        var builder = new StringBuilder("{\"activities\":[");
        var last = after;
        var first = true;
        foreach (var entry in entries)
        {
            last = entry.Seq;
            if (!IsDeliverable(entry))
            {
                continue;
            }

            if (!first)
            {
                builder.Append(',');
            }

            builder.Append(entry.Json);
            first = false;
        }

        builder.Append("],\"watermark\":\"").Append(last.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\"}");
        return builder.ToString();
    }

    // The synthetic conversation-start activity is for the bot only.
    private static bool IsDeliverable(TranscriptEntry entry) =>
        !(entry.Inbound && string.Equals(entry.Type, ActivityTypes.ConversationUpdate, StringComparison.Ordinal));

    private static ConversationResponse ConversationFor(HttpRequest request, DirectLineTokens tokens, DirectLineOptions options, DirectLineClaims claims, string? watermark)
    {
        var issued = tokens.IssueFor(claims, DirectLineTokens.ConversationScope, tokens.TokenLifetime);
        var streamToken = tokens.IssueFor(claims, DirectLineTokens.StreamScope, TimeSpan.FromSeconds(options.StreamTokenLifetimeSeconds)).Token;
        var baseUrl = options.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        var wsBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..]
            : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl[7..] : baseUrl;
        var mark = string.IsNullOrEmpty(watermark) ? "-" : Uri.EscapeDataString(watermark);
        return new ConversationResponse
        {
            ConversationId = claims.ConversationId,
            Token = issued.Token,
            ExpiresIn = issued.ExpiresIn,
            StreamUrl = $"{wsBase}{RoutePrefix}/conversations/{Uri.EscapeDataString(claims.ConversationId)}/stream?watermark={mark}&t={streamToken}",
        };
    }

    private static IResult TooLarge(DirectLineOptions options) =>
        DirectLineProblems.Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {options.MaxActivityBytes} bytes.");

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    internal static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Polling read failed for conversation {ConversationId}; answered an empty set")]
        public static partial void PollFailed(ILogger logger, Exception exception, string conversationId);
    }
}
