using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Indexing;
using RightsBot.Knowledge.Learning;
using RightsBot.Knowledge.SmallTalk;

namespace RightsBot.Knowledge.Search;

/// <summary>
/// A classifier from a message to what it is: one of the articles, something outside the knowledge base, or a kind
/// of small talk. Trained at start-up on every article's question variants, title and short answer and on the
/// training messages of <c>Content/training/</c>. Where BM25 counts shared words, this learns which words tell sibling
/// articles apart (劳动局 for a complaint, 仲裁委 for arbitration), and gives the ranking an absolute sense of "none
/// of these". Above <see cref="MaxArticles"/> articles it is not built and ranking uses BM25 alone.
/// </summary>
internal sealed class IntentClassifier
{
    /// <summary>The most articles the classifier is trained for (its size grows with articles × terms).</summary>
    public const int MaxArticles = 2000;

    private static readonly SmallTalkKind[] Kinds = Enum.GetValues<SmallTalkKind>();

    private readonly TermClassifier _model;
    private readonly int _articles;

    private IntentClassifier(TermClassifier model, int articles)
    {
        _model = model;
        _articles = articles;
    }

    /// <summary>Trains for <paramref name="articles"/>; null when there are none or too many.</summary>
    public static IntentClassifier? Train(IReadOnlyList<KnowledgeArticle> articles, TrainingData training, WorkerTokenizer tokenizer)
    {
        if (articles.Count is 0 or > MaxArticles)
        {
            return null;
        }

        var examples = new List<(Dictionary<string, float>, int)>();
        void Add(string text, int label) => examples.Add((tokenizer.Terms(tokenizer.Normalize(text)), label));
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var text in articles[a].Variants.Append(articles[a].Title).Append(articles[a].ShortAnswer))
            {
                Add(text, a);
            }
        }

        var outside = articles.Count;
        foreach (var text in training.Outside)
        {
            Add(text, outside);
        }

        foreach (var (label, text) in training.SmallTalk)
        {
            var kind = Array.FindIndex(Kinds, k => string.Equals(k.ToString(), label, StringComparison.OrdinalIgnoreCase));
            if (kind >= 0)
            {
                Add(text, outside + 1 + kind);
            }
        }

        return new IntentClassifier(TermClassifier.Train(examples, articles.Count + 1 + Kinds.Length), articles.Count);
    }

    /// <summary>What the message's terms say: each article's probability, and the probability that it is none of them.</summary>
    public IntentScores Predict(Dictionary<string, float> terms)
    {
        if (_model.Probabilities(terms) is not { } p)
        {
            return new IntentScores(new float[_articles], 1f, null, 0f);
        }

        var smallTalk = 0;
        for (var k = 1; k < Kinds.Length; k++)
        {
            smallTalk = p[_articles + 1 + k] > p[_articles + 1 + smallTalk] ? k : smallTalk;
        }

        var smallTalkTotal = 0f;
        for (var k = 0; k < Kinds.Length; k++)
        {
            smallTalkTotal += p[_articles + 1 + k];
        }

        return new IntentScores(p[.._articles], p[_articles] + smallTalkTotal, Kinds[smallTalk], smallTalkTotal);
    }
}
