using System.ComponentModel.DataAnnotations;

namespace RightsBot.Channels.DirectLine;

/// <summary>Direct Line 3.0 settings for Web Chat.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Base64 HMAC key (≥ 32 bytes) for tokens; several instances must share one. Generated into the data directory when empty.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a conversation token lives. Web Chat refreshes every 15 minutes, so this must be well above that.</summary>
    [Range(20, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>
    /// How long after expiry a conversation token may still be refreshed, so a worker who reopens the page later the same
    /// day continues the same conversation (the page keeps it for a day).
    /// </summary>
    [Range(0, 7 * 24)]
    public int RefreshGraceHours { get; set; } = 24;

    /// <summary>
    /// How long one conversation may be continued with refreshed tokens, counted from its first token; no refresh goes
    /// past it. A week lets a worker come back to a report over several days, yet a copied token dies within a week.
    /// </summary>
    [Range(1, 90 * 24)]
    public int MaxConversationHours { get; set; } = 7 * 24;

    /// <summary>How long the token inside a stream URL may be used to open the WebSocket.</summary>
    [Range(10, 3600)]
    public int StreamTokenLifetimeSeconds { get; set; } = 120;

    /// <summary>The longest message text accepted, in characters.</summary>
    [Range(100, 100_000)]
    public int MaxTextLength { get; set; } = 8000;

    /// <summary>The largest JSON activity body accepted, in bytes.</summary>
    [Range(1024, 10_000_000)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>The largest uploaded file, in bytes.</summary>
    [Range(1024, 100_000_000)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>New anonymous conversations one client address may start per minute.</summary>
    [Range(1, 1_000_000)]
    public int NewConversationsPerMinutePerClient { get; set; } = 30;

    /// <summary>Public base URL (e.g. https://bot.example.org) when behind a proxy; taken from the request otherwise.</summary>
    public string? PublicBaseUrl { get; set; }
}
