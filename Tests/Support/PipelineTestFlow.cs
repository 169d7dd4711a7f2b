using Microsoft.Extensions.DependencyInjection;
using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Hosting;
using RightsBot.Turns;

namespace RightsBot.Tests.Support;

/// <summary>
/// Runs the real turn pipeline of a running server (every middleware, the root handler, the dialogs) for one
/// conversation, keeping the dialog stack in memory so a test can save it at a prompt and come back to it.
/// </summary>
internal sealed class PipelineTestFlow(IServiceProvider services, string conversationKey)
{
    private readonly BotMetrics _metrics = services.GetRequiredService<BotMetrics>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();

    /// <summary>The serialised dialog stack between turns, as the database would hold it.</summary>
    public string State { get; set; } = new DialogState().Serialize();

    public async Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken ct)
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = new ChannelAccount { Id = "dl_naughty", Role = "user" },
        };
        await using var scope = services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<TurnPipeline>();
        var turn = new TurnContext(inbound, conversationKey, DialogState.Deserialize(State), _time.GetUtcNow(), scope.ServiceProvider, _metrics);
        await pipeline.RunAsync(turn, ct);
        State = turn.DialogState.Serialize();
        return turn.Replies;
    }
}
