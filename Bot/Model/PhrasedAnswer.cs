namespace RightsBot.Model;

/// <summary>A model-phrased answer that passed the grounding check, and the articles it cites.</summary>
public sealed record PhrasedAnswer(string Text, IReadOnlyList<string> CitedArticleIds);
