using RightsBot.Activities;
using RightsBot.Localization;
using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>
/// While a staff member holds the conversation the bot stays silent: the worker's messages are kept in the
/// transcript (staff see them live) and marked handled, so nothing from that time is answered later. The one
/// exception is a crisis: the safety check runs before this gate, and the staff member is alerted. While the
/// worker waits, the bot keeps helping, and "取消等待" leaves the queue.
/// </summary>
public sealed class HandoffGateMiddleware(HandoffQueue queue) : ITurnMiddleware
{
    private static readonly HashSet<string> CancelPhrases = new(
        [ChineseText.Normalize(BotText.HandoffCancelButton), "不等了", "不用等了", "取消排队", "不排队了", "取消转人工", "不要人工了"], StringComparer.Ordinal);

    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct)
    {
        var open = queue.Find(turn.ConversationKey);
        if (open?.Status == HandoffStatus.Active)
        {
            if (turn.Crisis is not null)
            {
                // The crisis reply has gone out already (safety runs before the gate); the staff member holding the
                // conversation is alerted through the handoff's reasons, which the console shows at once.
                await turn.Services.GetRequiredService<HandoffService>().RequestAsync(turn.ConversationKey, turn.EscalationReasons, ct);
            }

            return;
        }

        if (open?.Status == HandoffStatus.Waiting
            && string.Equals(turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal)
            && CancelPhrases.Contains(ChineseText.Normalize(turn.Activity.Text)))
        {
            var handoffs = turn.Services.GetRequiredService<HandoffService>();
            if (await handoffs.CancelByWorkerAsync(turn.ConversationKey, ct))
            {
                turn.SendText(BotText.HandoffCancelled, Dialogs.Flows.RootHandler.MenuButtons);
                return;
            }
        }

        await next(turn, ct);
    }
}
