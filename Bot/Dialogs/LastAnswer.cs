using System.Text.Json.Serialization;

namespace RightsBot.Dialogs;

/// <summary>What the bot last answered from the knowledge base: the article (or none, for suggestions) and the question.</summary>
public sealed record LastAnswer(
    [property: JsonPropertyName("articleId")] string? ArticleId,
    [property: JsonPropertyName("question")] string Question);
