namespace RightsBot.Knowledge.Search;

/// <summary>
/// Decides, from the ranking's signals, whether to answer with the best article, ask "您是想问…", or decline. A
/// confident answer must be a right answer: the thresholds were set on the blind evaluation's development half
/// (docs/knowledge.md) so that answers given outright are rarely wrong. Two articles on one subject never cause a
/// question back: the worker is given the better one (the other is among its related questions).
/// </summary>
public sealed record ConfidenceModel
{
    /// <summary>The default, calibrated thresholds.</summary>
    public static ConfidenceModel Default { get; } = new();

    /// <summary>At or above this probability that no article is meant (the classifier's "outside" and small talk), decline.</summary>
    public float MaxNoArticle { get; init; } = 0.3f;

    /// <summary>Below this coverage the message speaks of things no article does: decline.</summary>
    public float MinCoverage { get; init; } = 0f;

    /// <summary>Below this score nothing fits well enough even to ask back.</summary>
    public float UncertainScore { get; init; } = 0.2f;

    /// <summary>At or above this score (with <see cref="ConfidentMargin"/>) the best article is the answer.</summary>
    public float ConfidentScore { get; init; } = 0.35f;

    /// <summary>The lead over the second article needed to answer outright when they are on different subjects.</summary>
    public float ConfidentMargin { get; init; } = 0.2f;

    /// <summary>Confidence in [0, 1] of the best article.</summary>
    public double Confidence(RankingSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return Math.Clamp(signals.TopScore * Math.Min(1f, signals.Coverage / Math.Max(MinCoverage, 1e-3f)), 0, 1);
    }

    /// <summary>The band for the best article.</summary>
    public AnswerBand BandOf(RankingSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.NoArticle >= MaxNoArticle || signals.Coverage < MinCoverage || signals.TopScore < UncertainScore)
        {
            return AnswerBand.None;
        }

        if (signals.TopScore >= ConfidentScore && (signals.Margin >= ConfidentMargin || signals.SameSubject))
        {
            return AnswerBand.Confident;
        }

        return AnswerBand.Uncertain;
    }
}
