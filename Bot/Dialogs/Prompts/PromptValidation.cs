namespace RightsBot.Dialogs.Prompts;

/// <summary>A validator's verdict: accepted, or asked again with a kind explanation.</summary>
public sealed record PromptValidation(bool IsValid, string? RetryMessage)
{
    public static PromptValidation Valid { get; } = new(true, null);

    public static PromptValidation Retry(string message) => new(false, message);
}
