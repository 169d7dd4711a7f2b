using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>
/// After the bot has run, a turn with escalation reasons (crisis words, a prompt that gave up, a request for a
/// person) emits the Bot Framework handoff convention: an <c>event</c> named <c>handoff.initiate</c> whose value lists
/// the reasons. Web Chat does not render events; staff tooling and <c>ask --json</c> read them from the transcript.
/// </summary>
public sealed class EscalationMiddleware : ITurnMiddleware
{
    public const string HandoffInitiate = "handoff.initiate";

    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct)
    {
        await next(turn, ct);
        if (turn.EscalationReasons.Count > 0)
        {
            foreach (var reason in turn.EscalationReasons)
            {
                if (!turn.DialogState.Flags.Contains(reason))
                {
                    turn.DialogState.Flags.Add(reason);
                }
            }

            var value = JsonSerializer.SerializeToElement(
                new HandoffRequest([.. turn.EscalationReasons.Distinct(StringComparer.Ordinal)]), HandoffJsonContext.Default.HandoffRequest);
            turn.Send(new Activity { Type = ActivityTypes.Event, Name = HandoffInitiate, Value = value });
        }
    }
}
