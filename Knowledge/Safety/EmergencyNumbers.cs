namespace RightsBot.Knowledge.Safety;

/// <summary>The national emergency and help numbers the crisis reply gives.</summary>
public static class EmergencyNumbers
{
    /// <summary>Police.</summary>
    public const string Police = "110";

    /// <summary>Ambulance.</summary>
    public const string Ambulance = "120";

    /// <summary>The national psychological assistance line (at least 18 hours a day, not always 24).</summary>
    public const string PsychologicalHelp = "12356";
}
