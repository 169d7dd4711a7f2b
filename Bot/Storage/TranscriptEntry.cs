namespace RightsBot.Storage;

/// <summary>
/// One activity in a conversation's transcript, worker's and bot's alike, in the order the channel delivers them.
/// Inbound entries stay <see cref="Pending"/> until the turn that answers them is committed.
/// </summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }
    public required string ConversationKey { get; set; }
    public long Seq { get; set; }
    public required string ActivityId { get; set; }
    public bool Inbound { get; set; }
    public required string Type { get; set; }

    /// <summary>The channel's own id for an inbound message (Direct Line clientActivityID, Telegram update_id …), for de-duplication.</summary>
    public string? ChannelMessageId { get; set; }

    public bool Pending { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}
