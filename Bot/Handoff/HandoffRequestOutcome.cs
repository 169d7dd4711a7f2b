namespace RightsBot.Handoff;

/// <summary>What became of a worker's request for a person: queued (new or already), and where in the line.</summary>
public sealed record HandoffRequestOutcome(string Ticket, bool IsNew, bool AfterHours, int? Position, int ExpectedMinutes);
