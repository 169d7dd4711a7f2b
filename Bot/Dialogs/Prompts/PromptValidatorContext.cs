using RightsBot.Turns;

namespace RightsBot.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, the recognised value, the options and which attempt this is (1-based).</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, T Value, PromptOptions Options, int Attempt);
