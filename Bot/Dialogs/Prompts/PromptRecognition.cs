namespace RightsBot.Dialogs.Prompts;

/// <summary>What a prompt understood from the worker's message.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value)
{
    public static PromptRecognition<T> Failed { get; } = new(false, default);

    public static PromptRecognition<T> Of(T value) => new(true, value);
}
