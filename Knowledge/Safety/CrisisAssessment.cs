namespace RightsBot.Knowledge.Safety;

/// <summary>The dangers a message speaks of (empty when none) and the number the worker must be given first.</summary>
/// <param name="Kinds">The dangers recognised.</param>
/// <param name="Imminent">Someone is at the edge or threatening to jump or die right now (the police first).</param>
public sealed record CrisisAssessment(IReadOnlyList<CrisisKind> Kinds, bool Imminent = false)
{
    /// <summary>No danger recognised.</summary>
    public static CrisisAssessment None { get; } = new([]);

    /// <summary>True when any danger was recognised.</summary>
    public bool IsCrisis => Kinds.Count > 0;

    /// <summary>
    /// The first number to call: 120 when someone is hurt now, 110 for violence, being held, someone threatening to
    /// jump or at the edge right now (<see cref="Imminent"/>), 12356 (psychological help) for thoughts of self-harm, the
    /// worker's own or someone else's; null when there is no danger.
    /// </summary>
    public string? FirstNumber =>
        Kinds.Count == 0 ? null
        : Kinds.Contains(CrisisKind.Injury) ? EmergencyNumbers.Ambulance
        : Imminent || Kinds.Contains(CrisisKind.Violence) || Kinds.Contains(CrisisKind.Held) ? EmergencyNumbers.Police
        : EmergencyNumbers.PsychologicalHelp;
}
