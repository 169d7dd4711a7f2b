namespace RightsBot.Cases;

/// <summary>Two open cases about the same employer or site, so staff see who else reported.</summary>
public sealed class CaseLink
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long OtherCaseId { get; set; }

    /// <summary><c>employer</c> or <c>project</c>.</summary>
    public required string Reason { get; set; }
}
