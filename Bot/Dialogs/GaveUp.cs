namespace RightsBot.Dialogs;

/// <summary>The result a prompt ends with when the worker's answers ran out of attempts.</summary>
public sealed record GaveUp(string DialogId);
