namespace RightsBot.Knowledge.Safety;

/// <summary>The dangers a message speaks of; empty when none.</summary>
public sealed record CrisisAssessment(IReadOnlyList<CrisisKind> Kinds)
{
    /// <summary>No danger recognised.</summary>
    public static CrisisAssessment None { get; } = new([]);

    /// <summary>True when any danger was recognised.</summary>
    public bool IsCrisis => Kinds.Count > 0;
}
