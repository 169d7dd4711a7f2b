namespace RightsBot.Answers;

/// <summary>How much to say when the knowledge base is unsure.</summary>
public enum AnswerMode
{
    /// <summary>Answer, suggest or honestly decline.</summary>
    Full,

    /// <summary>After a crisis reply: answer or suggest, but add no refusal (the worker has just been given numbers and a person).</summary>
    AfterCrisis,
}
