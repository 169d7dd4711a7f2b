namespace RightsBot.Knowledge.Search;

/// <summary>What the ranking knows about its best article, from which <see cref="ConfidenceModel"/> decides.</summary>
/// <param name="TopScore">The best article's blended score in [0, 1].</param>
/// <param name="Margin">Its lead over the second article.</param>
/// <param name="Coverage">The share of the message's informative terms the best article uses at all.</param>
/// <param name="SameSubject">True when the first two articles are on one subject (either lists the other as related).</param>
/// <param name="UsedContext">True when the previous question was searched with the message (a follow-up).</param>
public sealed record RankingSignals(float TopScore, float Margin, float Coverage, bool SameSubject, bool UsedContext)
{
    /// <summary>The classifier's probability that no article is meant (outside the domain, or small talk).</summary>
    public float NoArticle { get; init; }

    /// <summary>The classifier's probability of the best article.</summary>
    public float TopProbability { get; init; }

    /// <summary>The likeliest kind of small talk, if the classifier ran.</summary>
    public SmallTalk.SmallTalkKind? SmallTalk { get; init; }

    /// <summary>The classifier's probability that the message is small talk.</summary>
    public float SmallTalkProbability { get; init; }
}
