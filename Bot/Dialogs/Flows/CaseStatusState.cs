namespace RightsBot.Dialogs.Flows;

/// <summary>What the worker gave to look up a case.</summary>
public sealed record CaseStatusState
{
    public string? CaseNumber { get; init; }
}
