namespace RightsBot.Knowledge.Search;

/// <summary>How many hits to return.</summary>
public sealed record KnowledgeSearchOptions
{
    /// <summary>The default options.</summary>
    public static KnowledgeSearchOptions Default { get; } = new();

    /// <summary>The most hits returned.</summary>
    public int MaxHits { get; init; } = 5;
}
