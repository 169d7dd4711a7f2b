using RightsBot.Knowledge.Documents;

namespace RightsBot.Model;

/// <summary>The default: no model, answers come from the knowledge base word for word.</summary>
public sealed class KnowledgeOnlyPhraser : IAnswerPhraser
{
    public bool IsAvailable => false;

    public Task<PhrasedAnswer?> PhraseAsync(string question, IReadOnlyList<KnowledgeArticle> articles, CancellationToken ct) => Task.FromResult<PhrasedAnswer?>(null);

    public Task<ReportPrefill?> ExtractReportAsync(string story, CancellationToken ct) => Task.FromResult<ReportPrefill?>(null);

    public Task<string?> RewriteQuestionAsync(string question, CancellationToken ct) => Task.FromResult<string?>(null);
}
