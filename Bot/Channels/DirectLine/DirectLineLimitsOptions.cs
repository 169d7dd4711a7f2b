using System.ComponentModel.DataAnnotations;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// Abuse limits for Direct Line (section <c>DirectLine:Limits</c>), counted per client address (after trusted proxies,
/// see <c>Hosting:ForwardedHeaders</c>) or per conversation. The new-conversation budget itself is
/// <see cref="DirectLineOptions.NewConversationsPerMinutePerClient"/>. Defaults suit a union office where many workers
/// share one address behind NAT.
/// </summary>
public sealed class DirectLineLimitsOptions
{
    public const string SectionName = "DirectLine:Limits";

    /// <summary>
    /// Token refreshes, conversation starts with a token and reconnects one address may make per minute (a separate, more
    /// generous budget than new conversations: every open page refreshes every 15 minutes and reconnects after a reload).
    /// </summary>
    [Range(1, 1_000_000)]
    public int TokenRequestsPerMinutePerClient { get; set; } = 300;

    /// <summary>Messages (and uploads) one conversation may send per minute; more get a kind reply and a 429.</summary>
    [Range(1, 100_000)]
    public int MessagesPerMinutePerConversation { get; set; } = 20;

    /// <summary>Bytes of files one conversation may upload in 24 hours.</summary>
    [Range(1024, 10L * 1024 * 1024 * 1024)]
    public long UploadBytesPerConversationPerDay { get; set; } = 50L * 1024 * 1024;

    /// <summary>The largest upload request (all files of one message and the multipart framing), in bytes.</summary>
    [Range(16 * 1024, 1024L * 1024 * 1024)]
    public long MaxUploadRequestBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Open WebSocket streams per conversation (a worker with the page open on a phone and a computer needs two).</summary>
    [Range(1, 1000)]
    public int WebSocketsPerConversation { get; set; } = 3;

    /// <summary>Open WebSocket streams per client address.</summary>
    [Range(1, 1_000_000)]
    public int WebSocketsPerClient { get; set; } = 50;
}
