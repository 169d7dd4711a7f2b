using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Hosting;
using RightsBot.Privacy;
using RightsBot.Tests.Channels.Telegram;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Hosting;

/// <summary>Commands run on a host of their own: no web server and no background jobs beside the live bot.</summary>
public sealed class CommandHostTests
{
    [Fact]
    public async Task CommandHost_WithTelegramPollingConfigured_BindsNoPortAndStartsOnlyTheMigration()
    {
        using var data = new TempDirectory();
        using var host = CommandHost.Create(
        [
            "--Storage:DataDirectory", data.Path,
            "--Channels:Telegram:BotToken", FakeTelegramBotApi.Token, "--Channels:Telegram:Mode", "polling",
        ]);

        Assert.Null(host.Services.GetService<IServer>());
        var hosted = host.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Equal(["DatabaseMigrator"], hosted);

        await host.StartAsync();
        await host.StopAsync();
        Assert.True(File.Exists(Path.Combine(data.Path, "rightsbot.db")));
    }

    [Fact]
    public async Task Export_BesideABotsData_PollsNothingDeliversNothingAndErasesNothing()
    {
        using var data = new TempDirectory();
        await using var api = await FakeTelegramBotApi.StartAsync();

        // A Telegram conversation from long ago whose replies could not be delivered (the API was down): an outbox
        // with work to do, and workers' words past the retention period.
        api.Down = true;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(-800));
        await using (var bot = await BotServer.StartAsync(TelegramChannelTests.Settings(api), data.Path, b => b.Services.AddSingleton<TimeProvider>(clock)))
        {
            var worker = new TelegramWorker(new HttpClient { BaseAddress = bot.Address }, api, TelegramChannelTests.NewChatId(), TelegramChannelTests.Secret);
            await worker.SendAsync("你好");
            using var wait = new CancellationTokenSource(TestTimeouts.Turn);
            while (await CountAsync(data.Path, "SELECT COUNT(*) FROM transcript WHERE Inbound = 0") == 0)
            {
                await Task.Delay(50, wait.Token);
            }
        }

        var callsBefore = api.Calls.Count;
        api.Down = false;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data.Path };
        foreach (var arg in new[]
        {
            RepositoryPaths.BotAssembly, "export", "cases", "--from", "2020-01-01", "--to", "2030-12-31", "--format", "csv",
            "--out", Path.Combine(data.Path, "cases.csv"), "--Storage:DataDirectory", data.Path,
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Channels__Telegram__BotToken"] = FakeTelegramBotApi.Token;
        start.Environment["Channels__Telegram__Mode"] = "polling";
        start.Environment["Channels__Telegram__ApiBaseUrl"] = api.Address.ToString();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TestTimeouts.Process))
        {
            await process.WaitForExitAsync(timeout.Token);
        }

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Contains("rows written", await stdout, StringComparison.Ordinal);
        Assert.Equal(callsBefore, api.Calls.Count);
        Assert.DoesNotContain("getUpdates", api.Calls);
        Assert.Empty(api.Sent);
        Assert.True(await CountAsync(data.Path, "SELECT COUNT(*) FROM transcript WHERE Inbound = 1 AND Type = 'message'") > 0);
        Assert.Equal(0, await CountAsync(data.Path, $"SELECT COUNT(*) FROM transcript WHERE Json LIKE '%{RetentionService.Blanked}%'"));
    }

    private static async Task<long> CountAsync(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "rightsbot.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
