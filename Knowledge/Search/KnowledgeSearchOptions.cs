namespace RightsBot.Knowledge.Search;

/// <summary>How many hits to return, and what came before in the conversation.</summary>
public sealed record KnowledgeSearchOptions
{
    /// <summary>The default options.</summary>
    public static KnowledgeSearchOptions Default { get; } = new();

    /// <summary>The most hits returned.</summary>
    public int MaxHits { get; init; } = 5;

    /// <summary>
    /// The previous question, so that a follow-up that leans on it (那要是没签合同呢, 那要多久) is understood from it;
    /// null for a first message.
    /// </summary>
    public PreviousTurn? Previous { get; init; }
}
