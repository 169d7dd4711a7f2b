using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Indexing;
using RightsBot.Knowledge.Learning;

namespace RightsBot.Knowledge.Safety;

/// <summary>
/// A classifier beside the crisis rules: trained on the crisis messages of <c>Content/training/crisis.tsv</c> (by kind,
/// with hard negatives) against every article's question variants, the messages outside the domain and small talk.
/// Rules catch the ways of speaking they know exactly; this catches new wordings of the same dangers. It never
/// clears a message the rules flagged.
/// </summary>
internal sealed class CrisisClassifier
{
    private static readonly (string Label, CrisisKind? Kind)[] Labels =
    [
        ("none", null), ("self-harm", CrisisKind.SelfHarm), ("others", CrisisKind.OthersAtRisk), ("injury", CrisisKind.Injury),
        ("violence", CrisisKind.Violence), ("held", CrisisKind.Held),
    ];

    // Articles about emergencies describe them; they are not negatives.
    private static readonly string[] EmergencyArticles = ["KB-JJ-01", "KB-JJ-02", "KB-JJ-03", "KB-JJ-06", "KB-GS-02"];

    private readonly TermClassifier _model;
    private readonly WorkerTokenizer _tokenizer;

    private CrisisClassifier(TermClassifier model, WorkerTokenizer tokenizer)
    {
        _model = model;
        _tokenizer = tokenizer;
    }

    /// <summary>At or above this probability of some danger the message is a crisis (set on the tuning half of the crisis probe set, docs/knowledge.md).</summary>
    public float Threshold { get; init; } = 0.8f;

    /// <summary>Trains on <paramref name="knowledge"/>; null when it has no crisis training messages.</summary>
    public static CrisisClassifier? Train(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (!knowledge.Training.Crisis.Any(c => c.Label != "none"))
        {
            return null;
        }

        var tokenizer = new WorkerTokenizer(new SynonymMap([]), TermWeights.Default);
        var examples = new List<(Dictionary<string, float>, int)>();
        void Add(string text, int label) => examples.Add((tokenizer.Terms(tokenizer.Normalize(text)), label));

        foreach (var (label, text) in knowledge.Training.Crisis)
        {
            Add(text, Array.FindIndex(Labels, l => l.Label == label));
        }

        foreach (var article in knowledge.Articles.Where(a => !EmergencyArticles.Contains(a.Id, StringComparer.Ordinal)))
        {
            foreach (var variant in article.Variants)
            {
                Add(variant, 0);
            }
        }

        foreach (var text in knowledge.Training.Outside.Concat(knowledge.Training.SmallTalk.Select(s => s.Text)))
        {
            Add(text, 0);
        }

        // Dangers are few beside the ordinary questions: weigh them up so that doubt falls on the side of safety.
        var counts = new float[Labels.Length];
        foreach (var (_, label) in examples)
        {
            counts[label]++;
        }

        var weights = counts.Select((n, i) => i == 0 || n == 0 ? 1f : Math.Max(1f, counts[0] / (4f * n))).ToArray();
        return new CrisisClassifier(TermClassifier.Train(examples, Labels.Length, weights), tokenizer);
    }

    /// <summary>The likeliest danger and its probability, or null when "none" is likeliest or the danger is below the threshold.</summary>
    public (CrisisKind Kind, float Probability)? Assess(string text)
    {
        if (_model.Probabilities(_tokenizer.Terms(_tokenizer.Normalize(text))) is not { } p)
        {
            return null;
        }

        var best = 1;
        for (var i = 2; i < Labels.Length; i++)
        {
            best = p[i] > p[best] ? i : best;
        }

        return 1f - p[0] >= Threshold ? (Labels[best].Kind!.Value, 1f - p[0]) : null;
    }
}
