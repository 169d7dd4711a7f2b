using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Safety;
using RightsBot.Knowledge.Search;
using RightsBot.Tests.Support;
using Xunit.Abstractions;

namespace RightsBot.Tests.Knowledge;

/// <summary>
/// The evaluation set (Tests/Knowledge/TestData/eval-questions.tsv) was written from the topic plan only, without
/// seeing the articles' variants. The figures are printed and written up in docs/knowledge.md.
/// </summary>
public sealed class RetrievalEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<KnowledgeSearch> Search = new(() =>
        new KnowledgeSearch(ContentLoader.Load(Path.Combine(RepositoryPaths.Root, "Knowledge", "Content")).Knowledge));

    private static IReadOnlyList<(string Expected, string Question)> EvalSet() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData", "eval-questions.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))];

    [Fact]
    public void EvaluationSet_HasTheAgreedSize()
    {
        var set = EvalSet();
        Assert.True(set.Count(e => e.Expected.StartsWith("KB-", StringComparison.Ordinal)) >= 300);
        Assert.True(set.Count(e => e.Expected == "OOD") >= 50);
        Assert.True(set.Count(e => e.Expected == "CRISIS") >= 20);
    }

    [Fact]
    public void Retrieval_OnEvaluationSet_MeetsAccuracyTargets()
    {
        var inDomain = EvalSet().Where(e => e.Expected.StartsWith("KB-", StringComparison.Ordinal)).ToList();
        int top1 = 0, top3 = 0, confident = 0, confidentRight = 0;
        var confusions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (expected, question) in inDomain)
        {
            var result = Search.Value.Search(question, new KnowledgeSearchOptions { MaxHits = 3 });
            var ids = result.Hits.Select(h => h.Article.Id).ToList();
            top1 += ids.Take(1).Contains(expected) ? 1 : 0;
            top3 += ids.Contains(expected) ? 1 : 0;
            if (result.Band == AnswerBand.Confident)
            {
                confident++;
                confidentRight += ids[0] == expected ? 1 : 0;
            }

            if (ids.FirstOrDefault() is { } got && got != expected)
            {
                var pair = string.CompareOrdinal(expected, got) < 0 ? $"{expected} / {got}" : $"{got} / {expected}";
                confusions[pair] = confusions.GetValueOrDefault(pair) + 1;
            }
        }

        double Pct(int n, int of) => 100.0 * n / of;
        output.WriteLine($"in-domain questions: {inDomain.Count}");
        output.WriteLine($"top-1: {Pct(top1, inDomain.Count):F1}%  top-3: {Pct(top3, inDomain.Count):F1}%");
        output.WriteLine($"answered with confidence: {Pct(confident, inDomain.Count):F1}% (of which right: {Pct(confidentRight, Math.Max(1, confident)):F1}%)");
        foreach (var (pair, count) in confusions.OrderByDescending(c => c.Value).Take(8))
        {
            output.WriteLine($"  confused: {pair} ×{count}");
        }

        Assert.True(Pct(top1, inDomain.Count) >= 90, $"top-1 {Pct(top1, inDomain.Count):F1}%");
        Assert.True(Pct(top3, inDomain.Count) >= 97, $"top-3 {Pct(top3, inDomain.Count):F1}%");
    }

    [Fact]
    public void Retrieval_OutOfDomain_IsDeclinedAtLeast95Percent()
    {
        var outside = EvalSet().Where(e => e.Expected == "OOD").ToList();
        var declined = outside.Count(e => Search.Value.Search(e.Question, KnowledgeSearchOptions.Default).Band != AnswerBand.Confident);
        output.WriteLine($"out-of-domain declined: {declined}/{outside.Count}");
        Assert.True(100.0 * declined / outside.Count >= 95, $"{declined}/{outside.Count} declined");
    }

    [Fact]
    public void CrisisDetector_OnEvaluationSet_RecognisesEveryCrisis()
    {
        var detector = new CrisisDetector();
        var missed = EvalSet().Where(e => e.Expected == "CRISIS" && !detector.Assess(e.Question).IsCrisis).Select(e => e.Question).ToList();
        Assert.Empty(missed);
    }
}
