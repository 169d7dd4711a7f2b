namespace RightsBot.Knowledge.Learning;

/// <summary>
/// A <see cref="SoftmaxClassifier"/> over a tokenizer's terms, with the vocabulary it was trained on: the one way the
/// library's classifiers (topics, crisis) turn texts' terms into labels. Read-only and thread-safe once trained.
/// </summary>
internal sealed class TermClassifier
{
    private readonly TermVocabulary _vocabulary;
    private readonly SoftmaxClassifier _model;

    private TermClassifier(TermVocabulary vocabulary, SoftmaxClassifier model)
    {
        _vocabulary = vocabulary;
        _model = model;
    }

    /// <summary>Trains on terms labelled in [0, <paramref name="classes"/>).</summary>
    /// <param name="examples">Each text's terms (from the tokenizer used at prediction) and its label.</param>
    /// <param name="classes">How many labels there are.</param>
    /// <param name="classWeights">Optional weight of each label's examples (to balance a rare class).</param>
    public static TermClassifier Train(IEnumerable<(Dictionary<string, float> Terms, int Label)> examples, int classes, float[]? classWeights = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var vocabulary = new TermVocabulary();
        var ids = examples.Select(e => (vocabulary.Add(e.Terms), e.Label)).ToList();
        return new TermClassifier(vocabulary, SoftmaxClassifier.Train(ids, classes, vocabulary.Count, classWeights));
    }

    /// <summary>Each label's probability, or null when none of <paramref name="terms"/> was seen in training.</summary>
    public float[]? Probabilities(Dictionary<string, float> terms)
    {
        var known = _vocabulary.Known(terms);
        return known.Count == 0 ? null : _model.Probabilities(known);
    }
}
