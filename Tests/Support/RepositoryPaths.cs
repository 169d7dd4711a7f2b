namespace RightsBot.Tests.Support;

/// <summary>Finds folders of the repository from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The Bot's own build output (for tests that run it as a separate process).</summary>
    public static string BotAssembly => Path.Combine(Root, "Bot", "bin", Configuration, "net10.0", "RightsBot.dll");

    public static string NodeTests => Path.Combine(Root, "Tests", "node");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RightsBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RightsBot.sln not found above the test binaries.");
    }
}
