using System.Globalization;
using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Localization;
using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>
/// After the bot has run, a turn with escalation reasons (crisis words, a serious case, a prompt that gave up, a
/// request for a person) queues the conversation for union staff and tells the worker their place in the line and
/// the expected wait. Outside service hours it takes a message and a callback number instead. It also emits the Bot
/// Framework handoff convention, an <c>event</c> named <c>handoff.initiate</c> listing the reasons.
/// </summary>
public sealed class EscalationMiddleware(DialogSet dialogs, ServiceHours hours) : ITurnMiddleware
{
    public const string HandoffInitiate = "handoff.initiate";

    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct)
    {
        await next(turn, ct);
        if (turn.EscalationReasons.Count == 0)
        {
            return;
        }

        var reasons = turn.EscalationReasons.Distinct(StringComparer.Ordinal).ToList();
        foreach (var reason in reasons.Where(r => !turn.DialogState.Flags.Contains(r)))
        {
            turn.DialogState.Flags.Add(reason);
        }

        var value = JsonSerializer.SerializeToElement(new HandoffRequest(reasons), HandoffJsonContext.Default.HandoffRequest);
        turn.Send(new Activity { Type = ActivityTypes.Event, Name = HandoffInitiate, Value = value });

        var handoffs = turn.Services.GetRequiredService<HandoffService>();
        var outcome = await handoffs.RequestAsync(turn.ConversationKey, reasons, ct);
        var dc = new DialogContext(dialogs, turn, turn.DialogState);
        if (outcome.IsNew && outcome.AfterHours)
        {
            turn.SendText(Format(BotText.HandoffAfterHours, hours.Describe(), hours.DescribeNextOpening(turn.Now)));
            await dc.BeginDialogAsync(CallbackDialog.DialogId, null, ct);
            return;
        }

        var text = Format(outcome.IsNew ? BotText.HandoffQueued : BotText.HandoffStillWaiting, outcome.Position ?? 1, outcome.ExpectedMinutes);
        if (dc.ActiveDialog is null)
        {
            turn.SendText(text, [CardAction.ImBack(BotText.HandoffCancelButton)]);
            return;
        }

        // A form is open: the worker can finish it while waiting, so its question (with its buttons) comes last.
        if (turn.Replies.Count > 0 && turn.Replies[^1].InputHint == InputHints.ExpectingInput)
        {
            turn.InsertBeforeLast(Activity.BotMessage(text));
            return;
        }

        turn.SendText(text);
        await dc.RepromptDialogAsync(ct);
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
