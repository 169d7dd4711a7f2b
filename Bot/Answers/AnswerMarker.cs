using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>
/// Carried in a knowledge answer's <c>channelData.rightsbot</c>: which article answered, how sure retrieval was, and
/// the citations. Clients ignore it; staff tools and <c>ask --json</c> read it.
/// </summary>
public sealed record AnswerMarker(
    [property: JsonPropertyName("articleId")] string ArticleId,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("citations")] IReadOnlyList<string> Citations);
