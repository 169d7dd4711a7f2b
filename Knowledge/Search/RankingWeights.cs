using RightsBot.Knowledge.Indexing;

namespace RightsBot.Knowledge.Search;

/// <summary>
/// How the ranking signals are blended (measured on the blind evaluation's development half, docs/knowledge.md).
/// </summary>
/// <param name="Article">BM25 of the article as one document.</param>
/// <param name="ClosestVariant">BM25 of its closest question variant.</param>
/// <param name="Classifier">The classifier's probability (0 switches it off).</param>
/// <param name="PreviousQuestion">How much the previous question's terms count in a follow-up.</param>
/// <param name="Terms">How much single characters and pinyin pairs count.</param>
internal sealed record RankingWeights(
    float Article = 1f,
    float ClosestVariant = 0.5f,
    float Classifier = 1.5f,
    float PreviousQuestion = 0.5f,
    TermWeights? Terms = null)
{
    public static RankingWeights Default { get; } = new();

    public TermWeights Terms { get; init; } = Terms ?? TermWeights.Default;
}
