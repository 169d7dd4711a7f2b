using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// The server URL of the Official Account. GET answers the URL check; POST takes pushes in plain or safe mode. Before the
/// body is read, a push must carry the right signature, a timestamp within the window and a timestamp and nonce not seen
/// before; when an EncodingAESKey is configured it must come in safe mode, whose msg_signature (which also covers the
/// body) is checked before anything is decrypted. A refused push gets a 4xx problem and no passive reply.
/// </summary>
public static partial class WeChatEndpoints
{
    public const string Route = "/api/channels/wechat";
    private const string Success = "success";

    public static IEndpointRouteBuilder MapWeChatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, VerifyUrl);
        app.MapPost(Route, ReceiveAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>The URL check: echo <c>echostr</c> when the signature is right (a safe-mode check carries it encrypted).</summary>
    private static IResult VerifyUrl(HttpRequest request, WeChatCrypto crypto)
    {
        var q = request.Query;
        string? echo = q["echostr"];
        if (echo is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "echostr is missing.");
        }

        if (crypto.VerifySignature(q["signature"], q["timestamp"], q["nonce"]))
        {
            return TypedResults.Text(echo, "text/plain", Encoding.UTF8);
        }

        if (crypto.CanDecrypt && crypto.VerifyMessageSignature(q["msg_signature"], q["timestamp"], q["nonce"], echo))
        {
            try
            {
                return TypedResults.Text(crypto.Decrypt(echo), "text/plain", Encoding.UTF8);
            }
            catch (CryptographicException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "echostr could not be decrypted.");
            }
        }

        return Forbidden();
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, WeChatCrypto crypto, WeChatReplayGuard replays, WeChatConversations conversations, IOptions<WeChatOptions> options,
        TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        var q = http.Request.Query;
        string? timestamp = q["timestamp"];
        string? nonce = q["nonce"];
        if (!crypto.VerifySignature(q["signature"], timestamp, nonce))
        {
            return Forbidden();
        }

        var safeMode = string.Equals(q["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase);
        if (!replays.IsFresh(timestamp))
        {
            Log.Stale(loggers.CreateLogger(typeof(WeChatEndpoints)), options.Value.PushWindowSeconds);
            return Refused("The push's timestamp is outside the accepted window.");
        }

        if (crypto.CanDecrypt && !safeMode)
        {
            // In plain mode the signature does not cover the body; with a key configured only safe mode is trusted.
            Log.PlainInSafeMode(loggers.CreateLogger(typeof(WeChatEndpoints)));
            return Refused("Safe mode is configured: plain pushes are refused.");
        }

        if (!replays.TryRemember(timestamp!, nonce!))
        {
            Log.Replayed(loggers.CreateLogger(typeof(WeChatEndpoints)));
            return Refused("The push's timestamp and nonce were already used.");
        }

        if (await RequestBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ct) is not { } bytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The message is too large.");
        }

        var body = Encoding.UTF8.GetString(bytes);
        if (safeMode)
        {
            if (!crypto.CanDecrypt)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Safe mode needs Channels:WeChat:EncodingAesKey.");
            }

            if (WeChatXml.ReadEncrypted(body) is not { Length: > 0 } encrypted)
            {
                return BadMessage();
            }

            if (!crypto.VerifyMessageSignature(q["msg_signature"], timestamp, nonce, encrypted))
            {
                return Forbidden();
            }

            try
            {
                body = crypto.Decrypt(encrypted);
            }
            catch (CryptographicException)
            {
                return BadMessage();
            }
        }

        if (WeChatXml.Parse(body) is not { } message)
        {
            return BadMessage();
        }

        using var reply = await conversations.HandleAsync(message, ct);
        if (reply is null)
        {
            return TypedResults.Text(Success, "text/plain", Encoding.UTF8);
        }

        var xml = WeChatXml.TextReply(message, time.GetUtcNow(), reply.Text);
        if (safeMode)
        {
            var replyTimestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var replyNonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
            var encrypted = crypto.Encrypt(xml);
            xml = WeChatXml.EncryptedReply(encrypted, crypto.MessageSignature(replyTimestamp, replyNonce, encrypted), replyTimestamp, replyNonce);
        }

        // Written and flushed here, then marked delivered: a reply WeChat hung up on before it went out is sent again
        // by the outbox instead of being lost.
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/xml; charset=utf-8";
        try
        {
            await http.Response.WriteAsync(xml, Encoding.UTF8, ct);
            await http.Response.CompleteAsync();
            if (!http.RequestAborted.IsCancellationRequested)
            {
                await reply.MarkDeliveredAsync(CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            Log.ReplyLost(loggers.CreateLogger(typeof(WeChatEndpoints)));
        }

        return Results.Empty;
    }

    private static IResult Forbidden() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong or missing signature.");

    private static IResult Refused(string title) => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: title);

    private static IResult BadMessage() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a WeChat message.");

    private static partial class Log
    {
        [LoggerMessage(EventId = 7211, Level = LogLevel.Information, Message = "WeChat hung up before the passive reply went out; the outbox sends it instead")]
        public static partial void ReplyLost(ILogger logger);

        [LoggerMessage(EventId = 7212, Level = LogLevel.Warning, Message = "A signed WeChat push was refused: its timestamp is more than {WindowSeconds} s from now")]
        public static partial void Stale(ILogger logger, int windowSeconds);

        [LoggerMessage(EventId = 7213, Level = LogLevel.Warning, Message = "A signed WeChat push was refused: its timestamp and nonce were already used (a replay)")]
        public static partial void Replayed(ILogger logger);

        [LoggerMessage(EventId = 7214, Level = LogLevel.Warning, Message = "A signed WeChat push was refused: it came in plain mode while safe mode (EncodingAesKey) is configured")]
        public static partial void PlainInSafeMode(ILogger logger);
    }
}
