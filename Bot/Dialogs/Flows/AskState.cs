namespace RightsBot.Dialogs.Flows;

/// <summary>Nothing to remember: 咨询法律问题 asks once and answers in the next step.</summary>
public sealed record AskState;
