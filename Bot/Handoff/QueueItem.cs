namespace RightsBot.Handoff;

/// <summary>One line of the staff queue: who waits (or is held), why, for how long, and the case behind it.</summary>
public sealed record QueueItem(
    string Ticket,
    string Status,
    int Severity,
    string SeverityLabel,
    IReadOnlyList<string> Reasons,
    string Channel,
    DateTimeOffset WaitingSince,
    int WaitedMinutes,
    int? Position,
    string? AssignedTo,
    bool AfterHours,
    string? CaseSummary);
