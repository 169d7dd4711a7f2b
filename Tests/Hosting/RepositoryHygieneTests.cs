using System.Diagnostics;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Hosting;

/// <summary>What a run creates in the working tree never ends up in a commit by accident.</summary>
public sealed class RepositoryHygieneTests
{
    [Theory]
    [InlineData("data/rightsbot.db")]
    [InlineData("data/keys/directline-signing.key")]
    [InlineData("Bot/data/rightsbot.db")]
    [InlineData("Bot/data/keys/lookup.key")]
    [InlineData("Bot/data/keys/dataprotection/key-0f8fad5b-d9cb-469f-a165-70867728950e.xml")]
    [InlineData("elsewhere/keys/anything")]
    public void DataAndKeys_WhereverARunCreatesThem_AreIgnoredByGit(string path)
    {
        var start = new ProcessStartInfo("git", ["check-ignore", "--quiet", "--no-index", path]) { WorkingDirectory = RepositoryPaths.Root };
        using var git = Process.Start(start)!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"{path} is not ignored");
    }
}
