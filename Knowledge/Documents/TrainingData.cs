namespace RightsBot.Knowledge.Documents;

/// <summary>
/// Messages that are not questions for an article, from <c>Content/training/</c>: what lies outside the knowledge
/// base (taught as one more class, so the ranking can decline), small talk by kind, and crisis messages by kind with
/// hard negatives (for the crisis classifier beside its rules).
/// </summary>
public sealed record TrainingData(IReadOnlyList<string> Outside, IReadOnlyList<LabelledText> SmallTalk, IReadOnlyList<LabelledText> Crisis)
{
    /// <summary>No training messages.</summary>
    public static TrainingData Empty { get; } = new([], [], []);
}
