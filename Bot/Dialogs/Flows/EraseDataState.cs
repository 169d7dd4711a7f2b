namespace RightsBot.Dialogs.Flows;

/// <summary>Nothing to remember: the erase dialog only confirms.</summary>
public sealed record EraseDataState;
