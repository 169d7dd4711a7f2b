namespace RightsBot.Knowledge;

/// <summary>Where the knowledge content lives.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>The folder with <c>articles/</c>, <c>laws.yaml</c> and <c>synonyms.txt</c>; defaults to <c>Content</c> beside the binaries.</summary>
    public string? ContentDirectory { get; set; }

    /// <summary>The content folder as an absolute path.</summary>
    public string ResolveContentDirectory() =>
        string.IsNullOrWhiteSpace(ContentDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "Content")
            : Path.GetFullPath(ContentDirectory, Environment.CurrentDirectory);
}
