using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>
/// Carried in <c>channelData.rightsbot</c> of the bot's messages that come from understanding a worker's message:
/// what the bot made of it (<see cref="Kind"/>), and for a knowledge answer which article answered, how sure
/// retrieval was and the citations. Clients ignore it; staff tools and <c>ask --json</c> read it.
/// </summary>
public sealed record AnswerMarker
{
    /// <summary>One of <see cref="AnswerKinds"/>.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("articleId")]
    public string? ArticleId { get; init; }

    [JsonPropertyName("confidence")]
    public double? Confidence { get; init; }

    [JsonPropertyName("citations")]
    public IReadOnlyList<string>? Citations { get; init; }

    /// <summary>The articles offered as "您是想问…".</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<SuggestedArticle>? Options { get; init; }

    /// <summary>The dangers recognised and the number given first.</summary>
    [JsonPropertyName("crisis")]
    public CrisisMarker? Crisis { get; init; }

    /// <summary>The kind of small talk (greeting, thanks, identity, confusion, acknowledgement, venting, insult, goodbye).</summary>
    [JsonPropertyName("smallTalk")]
    public string? SmallTalk { get; init; }
}
