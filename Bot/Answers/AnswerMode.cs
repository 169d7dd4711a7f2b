namespace RightsBot.Answers;

/// <summary>How much to say when the knowledge base is unsure.</summary>
public enum AnswerMode
{
    /// <summary>Answer, suggest or honestly decline.</summary>
    Full,

    /// <summary>Say something only when an article clearly answers (used after a crisis reply, to add nothing noisy).</summary>
    ConfidentOnly,
}
