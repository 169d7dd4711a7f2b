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
    /// <summary>The activity as stored, its text masked (<see cref="IInboundProtection"/>).</summary>
    public required string Json { get; set; }

    /// <summary>
    /// For an inbound message whose stored text was masked: what the worker typed, encrypted, kept only until its turn
    /// is committed (the turn validates the real answer; a restart re-runs it).
    /// </summary>
    public string? SealedText { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}
