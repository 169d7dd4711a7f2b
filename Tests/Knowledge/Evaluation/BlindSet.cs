namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// The frozen evaluation sets: the blind set's two halves (Tests/Knowledge/TestData/blind, see its README) and the
/// old internal set (eval-questions.tsv, written from the topic plan by someone who had read the articles' plan).
/// </summary>
public static class BlindSet
{
    public const string Development = "dev";
    public const string Test = "test";

    /// <summary>The folder of the frozen files, found from the repository root.</summary>
    public static string Folder => Path.Combine(RepositoryRoot(), "Tests", "Knowledge", "TestData", "blind");

    public static IReadOnlyList<BlindCase> Half(string half) => BlindCase.Load(Path.Combine(Folder, half + ".jsonl"));

    /// <summary>The old internal set in the same shape (crisis messages without a labelled first number).</summary>
    public static IReadOnlyList<BlindCase> Internal() =>
        [.. File.ReadAllLines(Path.Combine(RepositoryRoot(), "Tests", "Knowledge", "TestData", "eval-questions.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select((p, i) => p[0] switch
            {
                "OOD" => new BlindCase { Id = $"I-{i}", Category = "out-of-domain", Turns = [p[1]], Half = "internal" },
                "CRISIS" => new BlindCase { Id = $"I-{i}", Category = "crisis", Turns = [p[1]], Half = "internal", Crisis = new BlindCrisis("unknown", null, false) },
                _ => new BlindCase { Id = $"I-{i}", Category = "in-domain", Turns = [p[1]], Half = "internal", Expected = [p[0]] },
            })];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RightsBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RightsBot.sln not found above the binaries.");
    }
}
