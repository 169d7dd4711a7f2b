namespace RightsBot.Knowledge.Search;

/// <summary>How sure retrieval is about the best article.</summary>
public enum AnswerBand
{
    /// <summary>Nothing fits: say so honestly and point to the hotlines.</summary>
    None,

    /// <summary>Maybe: offer the top articles as "您是想问…".</summary>
    Uncertain,

    /// <summary>Sure enough to give the article as the answer.</summary>
    Confident,
}
