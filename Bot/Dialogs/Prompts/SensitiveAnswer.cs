namespace RightsBot.Dialogs.Prompts;

/// <summary>Tells from a dialog stack whether the question waiting for an answer asks for personal data.</summary>
public static class SensitiveAnswer
{
    /// <summary>Where a prompt keeps its <see cref="PromptOptions"/> in its dialog instance.</summary>
    internal const string OptionsKey = "options";

    /// <summary>Whether the prompt on top of the stack was asked with <see cref="PromptOptions.Sensitive"/>.</summary>
    public static bool IsAwaited(DialogState state) =>
        state.Stack is [.., var top]
        && top.State[OptionsKey] is System.Text.Json.Nodes.JsonObject options
        && options["sensitive"] is System.Text.Json.Nodes.JsonValue flag
        && flag.TryGetValue<bool>(out var sensitive)
        && sensitive;
}
