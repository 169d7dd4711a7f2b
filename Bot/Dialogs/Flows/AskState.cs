namespace RightsBot.Dialogs.Flows;

/// <summary>The question being asked through the 咨询法律问题 menu.</summary>
public sealed record AskState
{
    public string? Question { get; init; }
}
