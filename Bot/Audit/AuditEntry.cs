namespace RightsBot.Audit;

/// <summary>One recorded action: who did what, when, from where, and why.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Reason { get; set; }
    public string? Origin { get; set; }
    public DateTimeOffset At { get; set; }
}
