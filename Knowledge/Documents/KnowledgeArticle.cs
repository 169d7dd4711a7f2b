namespace RightsBot.Knowledge.Documents;

/// <summary>One curated answer: the question in workers' words, a short plain answer, steps and citations.</summary>
public sealed record KnowledgeArticle
{
    /// <summary>Stable id such as <c>KB-QX-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The question as a title.</summary>
    public required string Title { get; init; }

    /// <summary>The section the article belongs to, e.g. 欠薪维权途径.</summary>
    public required string Category { get; init; }

    /// <summary>The ways workers ask this question.</summary>
    public required IReadOnlyList<string> Variants { get; init; }

    /// <summary>The answer in at most 120 characters, conclusion first.</summary>
    public required string ShortAnswer { get; init; }

    /// <summary>Numbered next steps.</summary>
    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>The laws and articles the answer rests on.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>Optional caveats (local rules prevail, where to ask for local figures).</summary>
    public string? Notes { get; init; }

    /// <summary>Ids of closely related articles.</summary>
    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>When a person last reviewed the article.</summary>
    public required DateOnly Reviewed { get; init; }

    /// <summary>The file it was read from (for messages).</summary>
    public required string SourcePath { get; init; }
}
