using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Indexing;

namespace RightsBot.Knowledge.Search;

/// <summary>The default <see cref="IKnowledgeSearch"/>: a Lucene index built once from the content at start-up.</summary>
internal sealed class KnowledgeSearch : IKnowledgeSearch, IDisposable
{
    private readonly KnowledgeIndex _index;
    private readonly ConfidenceModel _model;

    public KnowledgeSearch(KnowledgeBase knowledge, ConfidenceModel? model = null)
    {
        Knowledge = knowledge;
        _model = model ?? ConfidenceModel.Default;
        _index = KnowledgeIndex.Build(knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    public Task<KnowledgeSearchResult> SearchAsync(string message, KnowledgeSearchOptions? options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Search(message, options ?? KnowledgeSearchOptions.Default));
    }

    internal KnowledgeSearchResult Search(string message, KnowledgeSearchOptions options)
    {
        var ranked = _index.Search(message, Math.Max(options.MaxHits, 2));
        if (ranked.Count == 0)
        {
            return KnowledgeSearchResult.Empty;
        }

        var top = ranked[0].Score;
        var second = ranked.Count > 1 ? ranked[1].Score : 0f;
        var hits = new List<KnowledgeHit>(options.MaxHits);
        for (var i = 0; i < ranked.Count && hits.Count < options.MaxHits; i++)
        {
            var (id, score, coverage) = ranked[i];
            if (Knowledge.Find(id) is { } article)
            {
                hits.Add(new KnowledgeHit(article, score, _model.Confidence(coverage, score, top, second, isTop: i == 0)));
            }
        }

        var margin = top > 0 ? (top - second) / top : 0;
        return new KnowledgeSearchResult(hits, hits.Count > 0 ? _model.BandOf(hits[0].Confidence, margin) : AnswerBand.None);
    }

    public void Dispose() => _index.Dispose();
}
