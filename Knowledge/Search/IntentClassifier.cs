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

    private readonly TermVocabulary _vocabulary;
    private readonly SoftmaxClassifier _model;
    private readonly int _articles;

    private IntentClassifier(TermVocabulary vocabulary, SoftmaxClassifier model, int articles)
    {
        _vocabulary = vocabulary;
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

        var vocabulary = new TermVocabulary();
        var examples = new List<(Dictionary<int, float>, int)>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var text in articles[a].Variants.Append(articles[a].Title).Append(articles[a].ShortAnswer))
            {
                examples.Add((vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(text))), a));
            }
        }

        var outside = articles.Count;
        foreach (var text in training.Outside)
        {
            examples.Add((vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(text))), outside));
        }

        foreach (var (label, text) in training.SmallTalk)
        {
            var kind = Array.FindIndex(Kinds, k => string.Equals(k.ToString(), label, StringComparison.OrdinalIgnoreCase));
            if (kind >= 0)
            {
                examples.Add((vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(text))), outside + 1 + kind));
            }
        }

        var model = SoftmaxClassifier.Train(examples, articles.Count + 1 + Kinds.Length, vocabulary.Count);
        return new IntentClassifier(vocabulary, model, articles.Count);
    }

    /// <summary>What the message's terms say: each article's probability, and the probability that it is none of them.</summary>
    public IntentScores Predict(Dictionary<string, float> terms)
    {
        var known = _vocabulary.Known(terms);
        if (known.Count == 0)
        {
            return new IntentScores(new float[_articles], 1f, null, 0f);
        }

        var p = _model.Probabilities(known);
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
