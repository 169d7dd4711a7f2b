using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Channels.Telegram;

/// <summary>
/// The webhook Telegram posts updates to. The secret header is checked before the body is read; the update is stored
/// (de-duplicated by update_id) and acknowledged, and the turn runs in the background.
/// </summary>
public static class TelegramEndpoints
{
    public const string Route = "/api/channels/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ReceiveAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<TelegramOptions> options, TelegramUpdates updates, CancellationToken ct)
    {
        if (!SecretMatches(request.Headers[SecretHeader].ToString(), options.Value.SecretToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong or missing secret token.");
        }

        var body = await RequestBody.ReadAsync(request, options.Value.MaxUpdateBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The update is too large.");
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a Telegram Update.");
        }

        await updates.HandleAsync(update, ct);
        return TypedResults.Ok();
    }

    /// <summary>Constant-time comparison (of hashes, so the length is not revealed either).</summary>
    internal static bool SecretMatches(string? sent, string? expected) =>
        !string.IsNullOrEmpty(sent) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
