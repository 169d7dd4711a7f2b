namespace RightsBot.Storage;

/// <summary>One conversation on one channel: its dialog state and the counter behind its watermark.</summary>
public sealed class ConversationRecord
{
    /// <summary><c>{channelId}/conversations/{conversationId}</c>.</summary>
    public required string Key { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string? UserId { get; set; }

    /// <summary>The dialog stack as JSON.</summary>
    public string? DialogState { get; set; }

    /// <summary>Optimistic-concurrency version of <see cref="DialogState"/>.</summary>
    public long StateVersion { get; set; }

    /// <summary>The last sequence number handed out in this conversation's transcript.</summary>
    public long LastSeq { get; set; }

    /// <summary>
    /// Whether the question waiting for an answer asks for personal data: the next message is then stored masked even
    /// where no number shows it (a name), until its turn knows what it was.
    /// </summary>
    public bool AwaitingSensitive { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
