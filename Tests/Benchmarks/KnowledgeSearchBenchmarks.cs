using BenchmarkDotNet.Attributes;
using RightsBot.Knowledge.Search;

namespace RightsBot.Benchmarks;

/// <summary>One worker question end to end (fold, synonyms, analysis, BM25, confidence) at 110 and 10,000 articles.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class KnowledgeSearchBenchmarks
{
    private KnowledgeSearch _search = null!;
    private string[] _questions = null!;
    private int _next;

    [Params(110, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _search = new KnowledgeSearch(SyntheticKnowledge.Create(Articles));
        _questions = SyntheticKnowledge.Questions();
    }

    [Benchmark]
    public KnowledgeSearchResult Search() => _search.Search(_questions[_next++ % _questions.Length], KnowledgeSearchOptions.Default);
}
