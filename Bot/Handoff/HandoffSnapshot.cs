namespace RightsBot.Handoff;

/// <summary>An open handoff as the live queue keeps it.</summary>
public sealed record HandoffSnapshot(
    string Ticket,
    string ConversationKey,
    string ChannelId,
    HandoffStatus Status,
    int Severity,
    IReadOnlyList<string> Reasons,
    bool AfterHours,
    DateTimeOffset CreatedAt,
    string? AssignedToId,
    string? AssignedToName)
{
    public static HandoffSnapshot From(HandoffRecord record) => new(
        record.Ticket, record.ConversationKey, record.ChannelId, record.Status, record.Severity, HandoffReasons.Split(record.Reasons),
        record.AfterHours, record.CreatedAt, record.AssignedToId, record.AssignedToName);
}
