using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Indexing;

namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// The baseline the bot must beat: one document per article (title, variants, short answer, steps, notes), character
/// bigrams of the folded text, Okapi BM25 with k1 = 1.2 and b = 0.75, always answering with the top article. No
/// synonyms, no thresholds, no declining.
/// </summary>
public sealed class PlainBm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly string[] _ids;
    private readonly Dictionary<string, int>[] _termFrequencies;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _documentFrequencies = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public PlainBm25(IEnumerable<KnowledgeArticle> articles)
    {
        var list = articles.ToList();
        _ids = [.. list.Select(a => a.Id)];
        _termFrequencies = new Dictionary<string, int>[list.Count];
        _lengths = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            var text = string.Join(' ', new[] { a.Title, a.ShortAnswer, a.Notes ?? string.Empty }.Concat(a.Variants).Concat(a.Steps));
            var tf = new Dictionary<string, int>(StringComparer.Ordinal);
            var terms = Bigrams(text);
            foreach (var term in terms)
            {
                tf[term] = tf.GetValueOrDefault(term) + 1;
            }

            foreach (var term in tf.Keys)
            {
                _documentFrequencies[term] = _documentFrequencies.GetValueOrDefault(term) + 1;
            }

            _termFrequencies[i] = tf;
            _lengths[i] = terms.Count;
        }

        _averageLength = _lengths.Average();
    }

    /// <summary>The best article for <paramref name="message"/>, or null when no bigram matches at all.</summary>
    public string? Top(string message)
    {
        var query = Bigrams(message).Distinct(StringComparer.Ordinal).ToList();
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < _ids.Length; i++)
        {
            var score = 0.0;
            foreach (var term in query)
            {
                if (!_termFrequencies[i].TryGetValue(term, out var tf))
                {
                    continue;
                }

                var df = _documentFrequencies[term];
                var idf = Math.Log(1 + ((_ids.Length - df + 0.5) / (df + 0.5)));
                score += idf * (tf * (K1 + 1)) / (tf + (K1 * (1 - B + (B * _lengths[i] / _averageLength))));
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best < 0 ? null : _ids[best];
    }

    /// <summary>Overlapping pairs of letters or digits within each run (punctuation and spaces break runs).</summary>
    internal static List<string> Bigrams(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var terms = new List<string>();
        for (var i = 0; i + 1 < folded.Length; i++)
        {
            if (folded[i] != ' ' && folded[i + 1] != ' ')
            {
                terms.Add(folded.Substring(i, 2));
            }
        }

        return terms;
    }
}
