namespace RightsBot.Knowledge.Documents;

/// <summary>A training message and its label (a small-talk kind, a crisis kind, or <c>outside</c>).</summary>
public sealed record LabelledText(string Label, string Text);
