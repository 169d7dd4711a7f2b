using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using RightsBot.Answers;
using RightsBot.Hosting;

namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// Sends evaluation messages through the bot's real turn pipeline (the same path as <c>ask --json</c>: safety,
/// small talk, knowledge answers, a durable SQLite transcript), each case in a fresh conversation, and reads back
/// what the bot did. Nothing is scored against the bot's internals.
/// </summary>
public sealed class BotUnderstandingRun : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _data;

    private BotUnderstandingRun(WebApplication app, DirectoryInfo data)
    {
        _app = app;
        _data = data;
    }

    public static async Task<BotUnderstandingRun> StartAsync(CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("rightsbot-eval-");
        var app = BotApplication.Create(["--urls", "http://127.0.0.1:0", "--Storage:DataDirectory", data.FullName], CommandHost.Quiet);
        await app.StartAsync(ct);
        return new BotUnderstandingRun(app, data);
    }

    /// <summary>What the bot did with each case's last message, a few cases at a time (one conversation each).</summary>
    public async Task<IReadOnlyList<(BlindCase Case, BotOutcome Outcome)>> RunAsync(IReadOnlyList<BlindCase> cases, CancellationToken ct)
    {
        var outcomes = new BotOutcome[cases.Count];
        await Parallel.ForAsync(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
        {
            var results = await AskCommand.AskConversationAsync(_app.Services, cases[i].Turns, token);
            outcomes[i] = ToOutcome(results[^1]);
        });
        return [.. cases.Select((c, i) => (c, outcomes[i]))];
    }

    public static BotOutcome ToOutcome(AskResult result) => new(
        result.Answered ? result.ArticleId : null,
        [.. result.Options.Select(o => o.Id)],
        result.Crisis is not null,
        result.Crisis?.FirstNumber,
        result.SmallTalk);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }
}
