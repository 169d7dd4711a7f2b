namespace RightsBot.Answers;

/// <summary>What the bot made of a worker's message, as <see cref="AnswerMarker.Kind"/> and in <c>ask --json</c>.</summary>
public static class AnswerKinds
{
    /// <summary>An article given as the answer.</summary>
    public const string Answer = "answer";

    /// <summary>"您是想问…" with a few articles to pick from.</summary>
    public const string Suggestions = "suggestions";

    /// <summary>Honestly outside what the knowledge base can answer.</summary>
    public const string Decline = "decline";

    /// <summary>Conversation rather than a question: a short kind reply and the menu.</summary>
    public const string SmallTalk = "smalltalk";

    /// <summary>The crisis reply with emergency numbers.</summary>
    public const string Crisis = "crisis";
}
