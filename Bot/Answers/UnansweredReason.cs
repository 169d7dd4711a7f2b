namespace RightsBot.Answers;

/// <summary>Why a question landed on the curators' list.</summary>
public enum UnansweredReason
{
    /// <summary>Nothing in the knowledge base fitted.</summary>
    NoAnswer,

    /// <summary>The worker was offered suggestions and picked 都不是.</summary>
    NoneOfSuggestions,

    /// <summary>The worker marked the answer 没帮助.</summary>
    NotHelpful,
}
