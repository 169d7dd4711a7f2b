namespace RightsBot.Knowledge.Documents;

/// <summary>Something wrong in the knowledge content, at a file and line.</summary>
public sealed record ContentProblem(string File, int Line, string Message)
{
    /// <summary>The <c>file:line: message</c> form editors and CI understand.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
