namespace RightsBot.Dialogs.Prompts;

/// <summary>The option a worker picked: its position and its text.</summary>
public sealed record FoundChoice(int Index, string Value);
