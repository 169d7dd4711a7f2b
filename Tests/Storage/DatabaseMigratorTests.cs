using Microsoft.Extensions.Logging;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Storage;

public sealed class DatabaseMigratorTests
{
    private static readonly Dictionary<string, string?> MigratorLogs = new() { ["Logging:LogLevel:RightsBot.Storage.DatabaseMigrator"] = "Information" };

    private static async Task<string> FirstStartMessageAsync(string dataDirectory)
    {
        var logs = new CapturedLogs();
        await using (await BotServer.StartAsync(MigratorLogs, dataDirectory, b => b.Logging.AddProvider(logs)))
        {
        }

        return Assert.Single(logs.Entries, e => e.Category == "RightsBot.Storage.DatabaseMigrator").Message;
    }

    [Fact]
    public async Task FirstStart_OnANewDatabase_LogsCreatedWithTheSchemaVersion_LaterStartsLogUpToDate()
    {
        using var data = new TempDirectory();

        var created = await FirstStartMessageAsync(data.Path);
        Assert.StartsWith("Database created (schema version 2026", created, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", created, StringComparison.Ordinal);

        var again = await FirstStartMessageAsync(data.Path);
        Assert.StartsWith("Database is up to date (schema version 2026", again, StringComparison.Ordinal);
    }
}
