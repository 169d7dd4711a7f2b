namespace RightsBot.Knowledge.Search;

/// <summary>
/// Turns retrieval evidence into a confidence in [0, 1] and a band. Coverage (how much of the message the article's
/// questions account for) carries most of it; the margin over the runner-up separates near-ties. The thresholds were
/// set on the evaluation set in Tests/Knowledge/TestData (see docs/knowledge.md).
/// </summary>
public sealed record ConfidenceModel
{
    /// <summary>The default, calibrated thresholds.</summary>
    public static ConfidenceModel Default { get; } = new();

    /// <summary>At or above: give the article as the answer.</summary>
    public double ConfidentThreshold { get; init; } = 0.30;

    /// <summary>At or above (and below confident): ask "您是想问…".</summary>
    public double UncertainThreshold { get; init; } = 0.20;

    /// <summary>Confidence of a hit given its coverage and its score relative to the best hit.</summary>
    public double Confidence(double coverage, float score, float topScore, float secondScore, bool isTop)
    {
        if (topScore <= 0)
        {
            return 0;
        }

        var relative = score / topScore;
        var margin = isTop && topScore > 0 ? (topScore - secondScore) / topScore : 0;
        var value = coverage * (0.85 + (0.3 * margin)) * Math.Sqrt(relative);
        return Math.Clamp(value, 0, 1);
    }

    /// <summary>
    /// Below this lead of the best article over the runner-up (as a share of its score), two articles fit about equally
    /// well: the worker is asked which one they mean instead of being given one of them.
    /// </summary>
    public double MinMargin { get; init; } = 0.06;

    /// <summary>The band for the best hit, given its confidence and its lead over the runner-up.</summary>
    public AnswerBand BandOf(double topConfidence, double margin) =>
        topConfidence >= ConfidentThreshold && margin >= MinMargin ? AnswerBand.Confident
        : topConfidence >= UncertainThreshold || (topConfidence >= ConfidentThreshold && margin < MinMargin) ? AnswerBand.Uncertain
        : AnswerBand.None;
}
