using Microsoft.Extensions.DependencyInjection;
using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Hosting;
using RightsBot.Turns;

namespace RightsBot.Tests.Support;

/// <summary>
/// Drives dialogs turn by turn without HTTP: begins <c>rootDialogId</c> when the stack is empty, otherwise continues
/// it. The stack goes through JSON between turns, as it does through the database.
/// </summary>
internal sealed class DialogTestFlow(DialogSet dialogs, string rootDialogId, object? options = null)
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddMetrics().AddSingleton<BotMetrics>().BuildServiceProvider();
    private string _state = new DialogState().Serialize();

    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    public DialogTurnResult? LastResult { get; private set; }
    public DialogState State => DialogState.Deserialize(_state);

    public async Task<IReadOnlyList<Activity>> SendAsync(string text)
    {
        var turn = new TurnContext(
            new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "u1", Role = "user" } },
            "test/conversations/1",
            DialogState.Deserialize(_state),
            Now,
            Services,
            Services.GetRequiredService<BotMetrics>());
        var dc = new DialogContext(dialogs, turn, turn.DialogState);
        var result = await dc.ContinueDialogAsync(CancellationToken.None);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(rootDialogId, options, CancellationToken.None);
        }

        LastResult = result;
        _state = turn.DialogState.Serialize();
        return turn.Replies;
    }

    public async Task<string> SayAsync(string text) => string.Join("\n", (await SendAsync(text)).Select(r => r.Text));

    /// <summary>Replaces the saved stack (e.g. to simulate state saved by an older deployment).</summary>
    public void LoadState(string json) => _state = json;

    public string SavedState => _state;
}
