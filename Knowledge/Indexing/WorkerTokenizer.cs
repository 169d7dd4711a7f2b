namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// Turns workers' text into weighted terms for ranking. The text is folded (<see cref="TextNormalizer"/>) and its
/// words rewritten to one canonical word per group (<see cref="SynonymMap"/>: dialect, typos, same meaning); then it
/// is cut into overlapping character pairs (the usual stand-in for words in Chinese), single characters (weaker), and
/// pairs of pinyin syllables (weaker), so that a homophone typo still meets the right pair.
/// </summary>
internal sealed class WorkerTokenizer(SynonymMap synonyms, TermWeights weights)
{
    /// <summary>The first character of a pinyin-pair term (never found in folded text).</summary>
    public const char PinyinMark = '\u0001';

    public TermWeights Weights => weights;

    /// <summary>Folded and canonicalised text.</summary>
    public string Normalize(string? text) => synonyms.Canonicalize(TextNormalizer.Fold(text));

    /// <summary>The distinct terms of already normalised text with their weights (the highest weight when a term repeats).</summary>
    public Dictionary<string, float> Terms(string normalized, float scale = 1f)
    {
        var terms = new Dictionary<string, float>(normalized.Length * 3, StringComparer.Ordinal);
        Add(terms, normalized, scale);
        return terms;
    }

    /// <summary>Adds the terms of <paramref name="normalized"/> to <paramref name="terms"/> (keeping the highest weight).</summary>
    public void Add(Dictionary<string, float> terms, string normalized, float scale)
    {
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ' ')
            {
                continue;
            }

            if (weights.Unigram > 0)
            {
                Put(terms, c.ToString(), weights.Unigram * scale);
            }

            if (i + 1 >= normalized.Length || normalized[i + 1] == ' ')
            {
                continue;
            }

            Put(terms, normalized.Substring(i, 2), scale);
            if (weights.Pinyin > 0 && Pinyin.SyllableOf(c) is var first and >= 0 && Pinyin.SyllableOf(normalized[i + 1]) is var second and >= 0)
            {
                Put(terms, string.Create(3, (first, second), static (span, s) =>
                {
                    span[0] = PinyinMark;
                    span[1] = (char)s.first;
                    span[2] = (char)s.second;
                }), weights.Pinyin * scale);
            }
        }
    }

    private static void Put(Dictionary<string, float> terms, string term, float weight)
    {
        if (!terms.TryGetValue(term, out var existing) || existing < weight)
        {
            terms[term] = weight;
        }
    }
}
