using RightsBot.Knowledge;
using RightsBot.Knowledge.Documents;
using RightsBot.Tests.Knowledge.Evaluation;

namespace RightsBot.Benchmarks;

/// <summary>
/// Prints the blind evaluation's table (docs/knowledge.md): the bot through its turn pipeline against a plain BM25
/// baseline, on the development half (tuned on) and the test half (never tuned on), and on the old internal set.
/// <c>--misses</c> lists what went wrong on the development half only: the test half's messages are never printed.
/// </summary>
internal static class UnderstandingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var knowledge = ContentLoader.Load(new KnowledgeOptions().ResolveContentDirectory()).Knowledge;
        var result = await UnderstandingReport.RunAsync(knowledge, CancellationToken.None);
        Console.WriteLine($"{knowledge.Articles.Count} articles");
        Console.WriteLine(result.Table);
        if (args.Contains("--misses", StringComparer.Ordinal))
        {
            foreach (var miss in result.BotDevelopment.Misses.Order(StringComparer.Ordinal))
            {
                Console.WriteLine(miss);
            }
        }
    }
}
