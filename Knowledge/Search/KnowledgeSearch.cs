using System.Text.RegularExpressions;
using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Indexing;
using RightsBot.Knowledge.SmallTalk;

namespace RightsBot.Knowledge.Search;

/// <summary>
/// The default <see cref="IKnowledgeSearch"/>. A message is stripped of courtesies (你好，请问…谢谢), folded and
/// canonicalised, and ranked by a blend of three signals: BM25 of each article as a whole, BM25 of its closest question
/// variant, and a classifier trained on the variants (<see cref="IntentClassifier"/>). A follow-up that leans on the
/// previous question (那要是没签合同呢) is searched together with it. <see cref="ConfidenceModel"/> then decides between
/// answering, asking "您是想问…" and declining. Built once from the content; thread-safe.
/// </summary>
internal sealed partial class KnowledgeSearch : IKnowledgeSearch
{
    private const int MaxFollowUpLength = 16;

    private static readonly string[] FollowUpStarts =
        ["那", "要是", "如果", "假如", "万一", "还有", "另外", "可是", "但是", "但", "不过", "再问", "还想问", "那么", "然后", "其次", "若是", "就是说"];

    private readonly KnowledgeArticle[] _articles;
    private readonly WorkerTokenizer _tokenizer;
    private readonly ArticleIndex _index;
    private readonly IntentClassifier? _classifier;

    public KnowledgeSearch(KnowledgeBase knowledge, ConfidenceModel? model = null, RankingWeights? weights = null)
    {
        Knowledge = knowledge;
        Model = model ?? ConfidenceModel.Default;
        Weights = weights ?? RankingWeights.Default;
        _articles = [.. knowledge.Articles];
        _tokenizer = new WorkerTokenizer(new SynonymMap(knowledge.SynonymGroups), Weights.Terms);
        _index = new ArticleIndex(_articles, _tokenizer);
        _classifier = Weights.Classifier > 0 ? IntentClassifier.Train(_articles, knowledge.Training, _tokenizer) : null;
    }

    public KnowledgeBase Knowledge { get; }

    public ConfidenceModel Model { get; }

    public RankingWeights Weights { get; }

    public Task<KnowledgeSearchResult> SearchAsync(string message, KnowledgeSearchOptions? options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Search(message, options ?? KnowledgeSearchOptions.Default));
    }

    internal KnowledgeSearchResult Search(string message, KnowledgeSearchOptions options)
    {
        // A worker who introduces themselves (我叫…, a phone or card number) asks the same question as one who does not.
        var normalized = _tokenizer.Normalize(SmallTalkDetector.StripCourtesies(PersonalDetails().Replace(message, " ")));
        if (normalized.Length == 0)
        {
            return KnowledgeSearchResult.Empty;
        }

        var own = _tokenizer.Terms(normalized);
        var alone = Rank(own, options, usedContext: false);
        if (options.Previous is not { } previous || !IsFollowUp(normalized))
        {
            return alone;
        }

        // A follow-up is searched together with the previous question, which counts for less than what is asked now.
        // "那要是没签合同呢" always leans on it; a short message that stands on its own ("工伤咋认定") keeps its own
        // answer unless only the two together are sure of one.
        var terms = new Dictionary<string, float>(own, StringComparer.Ordinal);
        _tokenizer.Add(terms, _tokenizer.Normalize(previous.Question), Weights.PreviousQuestion);
        var together = Rank(terms, options, usedContext: true);
        return StartsLikeAFollowUp(normalized) || (alone.Band != AnswerBand.Confident && together.Band == AnswerBand.Confident) ? together : alone;
    }

    private KnowledgeSearchResult Rank(Dictionary<string, float> terms, KnowledgeSearchOptions options, bool usedContext)
    {
        var query = _index.Query(terms, out var unknownPairs);
        if (query.Count == 0)
        {
            return KnowledgeSearchResult.Empty;
        }

        var intent = _classifier?.Predict(terms);
        var scores = Blend(query, intent);
        var ranked = TopScores.Of(scores, Math.Max(options.MaxHits, 3));
        if (ranked.Count == 0)
        {
            return KnowledgeSearchResult.Empty;
        }

        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1] : -1;
        var signals = new RankingSignals(
            scores[top],
            second >= 0 ? scores[top] - scores[second] : scores[top],
            _index.Coverage(top, query, unknownPairs),
            second >= 0 && SameSubject(_articles[top], _articles[second]),
            usedContext)
        {
            NoArticle = intent?.NoArticle ?? 0f,
            TopProbability = intent?.Articles[top] ?? 0f,
            SmallTalk = intent?.SmallTalk,
            SmallTalkProbability = intent?.SmallTalkProbability ?? 0f,
        };
        var band = Model.BandOf(signals);
        var hits = ranked.Take(options.MaxHits)
            .Select((i, rank) => new KnowledgeHit(_articles[i], scores[i], rank == 0 ? Model.Confidence(signals) : scores[i]))
            .ToList();
        return new KnowledgeSearchResult(hits, band) { Signals = signals };
    }

    /// <summary>Each article's blended score in [0, 1].</summary>
    private float[] Blend(List<(int Term, float Weight)> query, IntentScores? intent)
    {
        var (article, closest) = _index.Score(query);
        var probabilities = intent?.Articles;
        var maxArticle = Math.Max(1e-6f, article.Max());
        var maxClosest = Math.Max(1e-6f, closest.Max());
        var w = Weights;
        var classifierWeight = probabilities is null ? 0f : w.Classifier;
        var total = w.Article + w.ClosestVariant + classifierWeight;
        var scores = new float[_articles.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var lexical = (w.Article * article[i] / maxArticle) + (w.ClosestVariant * closest[i] / maxClosest);
            var learned = probabilities is null ? 0f : classifierWeight * probabilities[i];
            scores[i] = (article[i] > 0 || closest[i] > 0) ? (lexical + learned) / total : 0f;
        }

        return scores;
    }

    // Two articles on one subject: either names the other as related. Asking back between them helps nobody.
    private static bool SameSubject(KnowledgeArticle a, KnowledgeArticle b) =>
        a.Related.Contains(b.Id, StringComparer.Ordinal) || b.Related.Contains(a.Id, StringComparer.Ordinal);

    /// <summary>A short message, or one that starts like a follow-up (那…, 要是…) or ends in 呢.</summary>
    private static bool IsFollowUp(string normalized) => normalized.Length <= MaxFollowUpLength || StartsLikeAFollowUp(normalized);

    private static bool StartsLikeAFollowUp(string normalized) =>
        FollowUpStarts.Any(s => normalized.StartsWith(s, StringComparison.Ordinal)) || normalized.EndsWith('呢');

    [GeneratedRegex(@"(电话|手机号?|号码|身份证号?|卡号|银行卡号?|账号)?[:：是]?\s*[0-9０-９](?:[\s\-]?[0-9０-９]){5,}[xX]?|(我叫|我的名字是|名字叫)[\p{IsCJKUnifiedIdeographs}]{2,3}(?=[\s,，。]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalDetails();
}
