using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>The dangers a crisis reply answered (self-harm, violence, held, injury, others-at-risk) and the number it gave first.</summary>
public sealed record CrisisMarker(
    [property: JsonPropertyName("kinds")] IReadOnlyList<string> Kinds,
    [property: JsonPropertyName("firstNumber")] string FirstNumber);
