using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>One line of <c>ask --json</c> output.</summary>
public sealed record AskResult(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("reply")] string Reply,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("articleId")] string? ArticleId,
    [property: JsonPropertyName("confidence")] double? Confidence,
    [property: JsonPropertyName("citations")] IReadOnlyList<string> Citations,
    [property: JsonPropertyName("escalated")] bool Escalated);
