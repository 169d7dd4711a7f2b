using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace RightsBot.Channels.Telegram;

/// <summary>The Telegram channel. Off unless <see cref="BotToken"/> is set (put it in <c>Channels__Telegram__BotToken</c>).</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Channels:Telegram";
    public const string PublicApi = "https://api.telegram.org";

    /// <summary>The token @BotFather gave, <c>123456:ABC…</c>. A secret: environment variable only.</summary>
    public string? BotToken { get; set; }

    /// <summary>The <c>secret_token</c> given to setWebhook; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? SecretToken { get; set; }

    /// <summary>The Bot API server (a local Bot API server or a test fake may stand in).</summary>
    [Required, Url]
    public string ApiBaseUrl { get; set; } = PublicApi;

    /// <summary><c>webhook</c> (Telegram posts to /api/channels/telegram) or <c>polling</c> (no public address needed).</summary>
    [Required, RegularExpression("^(webhook|polling)$", ErrorMessage = "Channels:Telegram:Mode must be webhook or polling.")]
    public string Mode { get; set; } = "webhook";

    /// <summary>How long one getUpdates call waits for news in polling mode.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>The largest webhook body accepted.</summary>
    [Range(1024, 10_000_000)]
    public int MaxUpdateBytes { get; set; } = 1024 * 1024;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    public bool IsPolling => string.Equals(Mode, "polling", StringComparison.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!TokenShape().IsMatch(BotToken!))
        {
            yield return new ValidationResult("Channels:Telegram:BotToken must look like 123456:ABC-DEF (digits, a colon, then the secret).", [nameof(BotToken)]);
        }

        if (!IsPolling && (SecretToken is null || !SecretShape().IsMatch(SecretToken)))
        {
            yield return new ValidationResult(
                "Channels:Telegram:SecretToken is required in webhook mode: 1–256 characters of A–Z, a–z, 0–9, _ and -.", [nameof(SecretToken)]);
        }
    }

    [GeneratedRegex(@"^\d{1,16}:\S+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
