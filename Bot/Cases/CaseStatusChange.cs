namespace RightsBot.Cases;

/// <summary>One step in a case's history: who changed what, when and why.</summary>
public sealed class CaseStatusChange
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public CaseStatus? From { get; set; }
    public CaseStatus To { get; set; }
    public ReferralTarget? ReferredTo { get; set; }
    public required string ChangedBy { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
