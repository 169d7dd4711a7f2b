namespace RightsBot.Knowledge.Safety;

/// <summary>What kind of danger a message speaks of.</summary>
public enum CrisisKind
{
    /// <summary>Suicide or self-harm.</summary>
    SelfHarm,

    /// <summary>Violence or threats, against the worker or by the worker.</summary>
    Violence,

    /// <summary>Someone held against their will.</summary>
    Held,

    /// <summary>Someone badly hurt right now.</summary>
    Injury,
}
