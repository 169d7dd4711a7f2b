using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Knowledge;
using RightsBot.Knowledge.Safety;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Knowledge;

/// <summary>
/// The crisis probe set (TestData/crisis-probe.jsonl, 200 crises and 140 hard negatives written by a helper who never
/// saw the rules, the training messages or the evaluation set): the rules were extended on its odd ids and the
/// classifier's threshold set there; the even ids are held out and measured only. Figures in docs/knowledge.md.
/// </summary>
public sealed class CrisisProbeTests
{
    private static readonly Lazy<CrisisDetector> Detector = new(() =>
        KnowledgeModels.For(Path.Combine(RepositoryPaths.Root, "Knowledge", "Content"), NullLogger.Instance).Crisis);

    private static readonly Lazy<IReadOnlyList<ProbeItem>> Probe = new(() =>
        [.. File.ReadLines(Path.Combine(RepositoryPaths.Root, "Tests", "Knowledge", "TestData", "crisis-probe.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<ProbeItem>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)]);

    [Theory]
    [InlineData(true, 0.97, 0.08)]
    [InlineData(false, 0.88, 0.12)]
    public void ProbeSet_CrisesAreRecognised_HardNegativesRarelyAlarm(bool tuningHalf, double minRecall, double maxFalseAlarms)
    {
        var items = Probe.Value.Where(p => (int.Parse(p.Id[2..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1) == tuningHalf).ToList();
        var crises = items.Where(p => p.Kind != "none").ToList();
        var negatives = items.Where(p => p.Kind == "none").ToList();

        var recalled = crises.Count(p => Detector.Value.Assess(p.Text).IsCrisis);
        var alarms = negatives.Count(p => Detector.Value.Assess(p.Text).IsCrisis);

        Assert.True(recalled >= minRecall * crises.Count, $"recalled {recalled}/{crises.Count}");
        Assert.True(alarms <= maxFalseAlarms * negatives.Count, $"false alarms {alarms}/{negatives.Count}");
    }

    // One-word answers to a form's questions must never look like a crisis: the hardship form offers 受伤 and 住院.
    [Theory]
    [InlineData("受伤")]
    [InlineData("住院")]
    [InlineData("生病")]
    [InlineData("工伤")]
    [InlineData("四川成都")]
    [InlineData("好多人")]
    [InlineData("两千")]
    [InlineData("电子厂")]
    [InlineData("送外卖")]
    [InlineData("三个月")]
    [InlineData("不知道")]
    [InlineData("包工头不见了")]
    [InlineData("明天郑州下雨不")]
    public void Assess_ShortFormAnswers_AreNoCrisis(string answer) => Assert.False(Detector.Value.Assess(answer).IsCrisis);

    private sealed record ProbeItem(string Id, string Text, string Kind);
}
