using RightsBot.Knowledge.Documents;

namespace RightsBot.Knowledge.Search;

/// <summary>Finds the curated articles that answer a worker's message.</summary>
public interface IKnowledgeSearch
{
    /// <summary>The loaded content.</summary>
    KnowledgeBase Knowledge { get; }

    /// <summary>Ranks articles for <paramref name="message"/>; an empty result when nothing fits.</summary>
    Task<KnowledgeSearchResult> SearchAsync(string message, KnowledgeSearchOptions? options, CancellationToken ct);
}
