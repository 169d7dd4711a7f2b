using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>The <c>channelData</c> of a message carrying an <see cref="AnswerMarker"/>.</summary>
public sealed record AnswerChannelData([property: JsonPropertyName("rightsbot")] AnswerMarker RightsBot)
{
    /// <summary>The <c>channelData</c> element for a message carrying <paramref name="marker"/>.</summary>
    public static JsonElement For(AnswerMarker marker) =>
        JsonSerializer.SerializeToElement(new AnswerChannelData(marker), AnswerJsonContext.Default.AnswerChannelData);

    /// <summary>The marker in a message's <c>channelData</c>, if it carries one.</summary>
    public static AnswerMarker? Read(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("rightsbot", out _)
            ? data.Deserialize(AnswerJsonContext.Default.AnswerChannelData)?.RightsBot
            : null;
}
