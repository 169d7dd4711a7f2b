using System.Text.Json.Serialization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>What a prompt asks, how it asks again, and how many tries the worker gets. Stored on the stack.</summary>
public sealed record PromptOptions
{
    public const int DefaultMaxAttempts = 3;

    [JsonPropertyName("prompt")] public required string Prompt { get; init; }

    /// <summary>Said when an answer is not understood; the prompt's own kind message is used when null.</summary>
    [JsonPropertyName("retryPrompt")] public string? RetryPrompt { get; init; }

    /// <summary>Buttons (choice prompt: the options; other prompts: quick answers).</summary>
    [JsonPropertyName("choices")] public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>After this many answers that were not understood the prompt gives up and a person is offered.</summary>
    [JsonPropertyName("maxAttempts")] public int MaxAttempts { get; init; } = DefaultMaxAttempts;

    /// <summary>
    /// The answer is personal data (a name, phone, ID number or access code): while this prompt waits, the worker's next
    /// message is stored masked from its first write (see <see cref="SensitiveAnswer"/>).
    /// </summary>
    [JsonPropertyName("sensitive")] public bool Sensitive { get; init; }
}
