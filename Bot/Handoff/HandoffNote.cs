namespace RightsBot.Handoff;

/// <summary>A private staff note on a handoff (never shown to the worker), stored encrypted.</summary>
public sealed class HandoffNote
{
    public long Id { get; set; }
    public long HandoffId { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string TextProtected { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
