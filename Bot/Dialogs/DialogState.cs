using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Dialogs;

/// <summary>The persisted dialog stack of one conversation (top of stack last).</summary>
public sealed class DialogState
{
    [JsonPropertyName("stack")] public List<DialogInstance> Stack { get; init; } = [];

    /// <summary>The last knowledge answer or suggestion given, so 有帮助 / 没帮助 / 都不是 know what they refer to.</summary>
    [JsonPropertyName("lastAnswer")] public LastAnswer? LastAnswer { get; set; }

    /// <summary>The worker's last free-text message of some length, which a report started next can be pre-filled from.</summary>
    [JsonPropertyName("lastStory")] public string? LastStory { get; set; }

    /// <summary>What happened in this conversation that matters to triage (crisis, prompt-gave-up, asked-for-person).</summary>
    [JsonPropertyName("flags")] public List<string> Flags { get; init; } = [];

    public string Serialize() => JsonSerializer.Serialize(this, DialogStateJsonContext.Default.DialogState);

    /// <summary>Reads a stored stack; unreadable or missing state gives an empty stack.</summary>
    public static DialogState Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new DialogState();
        }

        try
        {
            return JsonSerializer.Deserialize(json, DialogStateJsonContext.Default.DialogState) ?? new DialogState();
        }
        catch (JsonException)
        {
            return new DialogState();
        }
    }
}
