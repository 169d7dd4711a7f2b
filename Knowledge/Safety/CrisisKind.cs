namespace RightsBot.Knowledge.Safety;

/// <summary>What kind of danger a message speaks of.</summary>
public enum CrisisKind
{
    /// <summary>The worker's own thoughts or plans of suicide or self-harm.</summary>
    SelfHarm,

    /// <summary>Violence or threats, against the worker or their family, or by the worker.</summary>
    Violence,

    /// <summary>Someone locked in or held against their will.</summary>
    Held,

    /// <summary>Someone hurt or ill right now (also someone who has just taken poison or cut themselves).</summary>
    Injury,

    /// <summary>Someone else threatening to kill themselves: a workmate on a roof edge, a group threatening to jump.</summary>
    OthersAtRisk,
}
