namespace RightsBot.Knowledge.Search;

/// <summary>The ranked hits for one message and the band the best one falls in.</summary>
public sealed record KnowledgeSearchResult(IReadOnlyList<KnowledgeHit> Hits, AnswerBand Band)
{
    /// <summary>No hits at all.</summary>
    public static KnowledgeSearchResult Empty { get; } = new([], AnswerBand.None);

    /// <summary>The best hit, if any.</summary>
    public KnowledgeHit? Top => Hits.Count > 0 ? Hits[0] : null;

    /// <summary>What the band was decided from; null when nothing matched.</summary>
    public RankingSignals? Signals { get; init; }
}
