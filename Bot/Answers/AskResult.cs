using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>One line of <c>ask --json</c> output: what the bot did with one message.</summary>
/// <param name="Question">The message as sent.</param>
/// <param name="Reply">Every text the bot sent back, one per line.</param>
/// <param name="Outcome">One of <see cref="AnswerKinds"/> (the crisis reply counts as <c>crisis</c> only when nothing else followed).</param>
/// <param name="Answered">True when an article was given as the answer.</param>
/// <param name="ArticleId">That article.</param>
/// <param name="Confidence">Retrieval's confidence in it.</param>
/// <param name="Citations">Its citations.</param>
/// <param name="Options">The articles offered as "您是想问…".</param>
/// <param name="Crisis">The dangers recognised and the number given first, or null.</param>
/// <param name="SmallTalk">The kind of small talk recognised, or null.</param>
/// <param name="Escalated">True when the conversation was put in the staff queue.</param>
public sealed record AskResult(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("reply")] string Reply,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("articleId")] string? ArticleId,
    [property: JsonPropertyName("confidence")] double? Confidence,
    [property: JsonPropertyName("citations")] IReadOnlyList<string> Citations,
    [property: JsonPropertyName("options")] IReadOnlyList<SuggestedArticle> Options,
    [property: JsonPropertyName("crisis")] CrisisMarker? Crisis,
    [property: JsonPropertyName("smallTalk")] string? SmallTalk,
    [property: JsonPropertyName("escalated")] bool Escalated);
