using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>An article offered in "您是想问…".</summary>
public sealed record SuggestedArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title);
