using RightsBot.Knowledge.Documents;

namespace RightsBot.Model;

/// <summary>Optionally rephrases answers and messy questions with a language model; null means "use the knowledge base as is".</summary>
public interface IAnswerPhraser
{
    bool IsAvailable { get; }

    /// <summary>An answer phrased from <paramref name="articles"/> only, or null (then the article's own text is used).</summary>
    Task<PhrasedAnswer?> PhraseAsync(string question, IReadOnlyList<KnowledgeArticle> articles, CancellationToken ct);

    /// <summary>Report fields found in a worker's story (masked before the call), or null.</summary>
    Task<ReportPrefill?> ExtractReportAsync(string story, CancellationToken ct);

    /// <summary>The question rewritten for retrieval, or null.</summary>
    Task<string?> RewriteQuestionAsync(string question, CancellationToken ct);
}
