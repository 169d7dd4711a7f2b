using System.Security.Cryptography;
using RightsBot.Knowledge.Documents;
using RightsBot.Tests.Knowledge.Evaluation;
using RightsBot.Tests.Support;
using Xunit.Abstractions;

namespace RightsBot.Tests.Knowledge;

/// <summary>
/// The blind evaluation (issue #12, Tests/Knowledge/TestData/blind): messages written and labelled outside the
/// project, sent through the bot's real turn pipeline. The floors keep the figures of docs/knowledge.md from falling
/// back; <c>Tests/Benchmarks/run.sh understanding</c> prints the whole table.
/// </summary>
public sealed class BlindEvaluationTests(ITestOutputHelper output, BlindEvaluationTests.Report report) : IClassFixture<BlindEvaluationTests.Report>
{
    [Fact]
    public void BlindSet_IsFrozen_AndHasTheAgreedSize()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(BlindSet.Folder, "MANIFEST.sha256")))
        {
            var (hash, file) = (line[..64], line[66..]);
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(BlindSet.Folder, file)))));
        }

        var all = BlindSet.Half(BlindSet.Development).Concat(BlindSet.Half(BlindSet.Test)).ToList();
        Assert.True(all.Count(c => c.IsInDomain && c.Crisis is null) >= 400);
        Assert.True(all.Count(c => c.Category == "out-of-domain") >= 60);
        Assert.True(all.Count(c => c.Crisis is not null) >= 100);
    }

    [Fact]
    public void TestHalf_MeetsItsFloors()
    {
        var card = report.Value.BotTest;
        output.WriteLine(report.Value.Table);
        BlindEvaluationFloors.Check(card, BlindEvaluationFloors.Test);
    }

    [Fact]
    public void DevelopmentHalf_MeetsItsFloors() => BlindEvaluationFloors.Check(report.Value.BotDevelopment, BlindEvaluationFloors.Development);

    [Fact]
    public void OldInternalSet_MeetsItsFloors() => BlindEvaluationFloors.Check(report.Value.BotInternal, BlindEvaluationFloors.Internal);

    [Fact]
    public void Bot_BeatsPlainBm25_OnBothHalves()
    {
        // BM25 always answers with its top article; the bot may ask back, so it is compared on the right article reached
        // (answered, or one tap away among its options), on answers that mislead, and on messages outside its subject.
        foreach (var (bot, bm25) in new[] { (report.Value.BotTest, report.Value.Bm25Test), (report.Value.BotDevelopment, report.Value.Bm25Development) })
        {
            Assert.True(bot.ReachedShare > bm25.ReachedShare, $"reached {bot.ReachedShare:P1} ≤ BM25 {bm25.ReachedShare:P1}");
            Assert.True(bot.ConfidentlyWrongShare < bm25.ConfidentlyWrongShare / 2, $"wrong {bot.ConfidentlyWrongShare:P1} vs BM25 {bm25.ConfidentlyWrongShare:P1}");
            Assert.True(bot.OutOfDomainDeclinedShare > bm25.OutOfDomainDeclinedShare);
        }
    }

    /// <summary>Runs the evaluation once for the class.</summary>
    public sealed class Report : IAsyncLifetime
    {
        public UnderstandingReport.Result Value { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var knowledge = ContentLoader.Load(Path.Combine(RepositoryPaths.Root, "Knowledge", "Content")).Knowledge;
            Value = await UnderstandingReport.RunAsync(knowledge, CancellationToken.None);
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
