using RightsBot.Knowledge.Documents;

namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// The figures of issue #12 in one table: the bot (through its turn pipeline) and the plain BM25 baseline on the blind
/// set's development and test halves, and the bot on the old internal set.
/// </summary>
public static class UnderstandingReport
{
    public sealed record Result(Scorecard BotDevelopment, Scorecard BotTest, Scorecard Bm25Development, Scorecard Bm25Test, Scorecard BotInternal, string Table);

    public static async Task<Result> RunAsync(KnowledgeBase knowledge, CancellationToken ct)
    {
        var development = BlindSet.Half(BlindSet.Development);
        var test = BlindSet.Half(BlindSet.Test);
        var internalSet = BlindSet.Internal();

        await using var bot = await BotUnderstandingRun.StartAsync(ct);
        var botDevelopment = Scorecard.Score(await bot.RunAsync(development, ct));
        var botTest = Scorecard.Score(await bot.RunAsync(test, ct));
        var botInternal = Scorecard.Score(await bot.RunAsync(internalSet, ct));

        var bm25 = new PlainBm25(knowledge.Articles);
        var bm25Development = Scorecard.Score(development.Select(c => (c, Bm25Outcome(bm25, c))));
        var bm25Test = Scorecard.Score(test.Select(c => (c, Bm25Outcome(bm25, c))));

        var table = Scorecard.Table([
            ("bot, test half", botTest),
            ("bot, dev half", botDevelopment),
            ("BM25, test half", bm25Test),
            ("BM25, dev half", bm25Development),
            ("bot, old internal set", botInternal),
        ]);
        return new Result(botDevelopment, botTest, bm25Development, bm25Test, botInternal, table);
    }

    // The baseline has no memory of the conversation: a follow-up is searched with the turns joined.
    private static BotOutcome Bm25Outcome(PlainBm25 bm25, BlindCase c) =>
        bm25.Top(string.Join(' ', c.Turns)) is { } id ? BotOutcome.Answer(id) : new BotOutcome(null, [], false, null, null);
}
