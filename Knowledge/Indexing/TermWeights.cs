namespace RightsBot.Knowledge.Indexing;

/// <summary>How much the kinds of terms count, relative to a character pair (1).</summary>
/// <param name="Unigram">A single character.</param>
/// <param name="Pinyin">A pair of pinyin syllables (homophone typos).</param>
internal sealed record TermWeights(float Unigram = 0.5f, float Pinyin = 0.5f)
{
    public static TermWeights Default { get; } = new();
}
