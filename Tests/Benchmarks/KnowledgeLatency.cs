using System.Diagnostics;
using RightsBot.Knowledge.Search;

namespace RightsBot.Benchmarks;

/// <summary>Index build time and per-query p50/p99 over every evaluation question, on one thread.</summary>
internal static class KnowledgeLatency
{
    public static void Run()
    {
        var questions = SyntheticKnowledge.Questions();
        Console.WriteLine("| articles | index build (ms) | queries | p50 (ms) | p99 (ms) | max (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var count in new[] { 110, 10_000 })
        {
            var knowledge = SyntheticKnowledge.Create(count);
            var build = Stopwatch.StartNew();
            var search = new KnowledgeSearch(knowledge);
            build.Stop();
            foreach (var question in questions.Take(50))
            {
                search.Search(question, KnowledgeSearchOptions.Default);
            }

            var samples = new List<double>();
            for (var round = 0; round < 5; round++)
            {
                foreach (var question in questions)
                {
                    var started = Stopwatch.GetTimestamp();
                    search.Search(question, KnowledgeSearchOptions.Default);
                    samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var stats = LatencyStats.Of(samples);
            Console.WriteLine($"| {count} | {build.Elapsed.TotalMilliseconds:F0} | {stats.Count} | {stats.P50:F2} | {stats.P99:F2} | {stats.Max:F2} |");
        }
    }
}
