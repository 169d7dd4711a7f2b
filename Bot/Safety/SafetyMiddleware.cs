using RightsBot.Activities;
using RightsBot.Knowledge.Safety;
using RightsBot.Localization;
using RightsBot.Turns;

namespace RightsBot.Safety;

/// <summary>
/// Runs before anything else in a turn, also in the middle of a form: a message about suicide or self-harm,
/// violence or threats, someone held or hurt is answered at once with 110/120 and 12356 and an offer of a person,
/// and the turn is flagged for escalation. The rest of the turn still runs (see <see cref="TurnContext.Crisis"/>).
/// </summary>
public sealed partial class SafetyMiddleware(CrisisDetector detector, ILogger<SafetyMiddleware> logger) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct)
    {
        if (string.Equals(turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            var assessment = detector.Assess(turn.Activity.Text);
            if (assessment.IsCrisis)
            {
                turn.Crisis = assessment;
                foreach (var kind in assessment.Kinds)
                {
                    turn.EscalationReasons.Add("crisis:" + kind.ToString().ToLowerInvariant());
                }

                Log.CrisisRecognised(logger, Storage.ConversationKey.ForLog(turn.ConversationKey), string.Join(',', assessment.Kinds));
                turn.SendText(BotText.Crisis, [CardAction.ImBack(BotText.MenuPerson)]);
            }
        }

        return next(turn, ct);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Crisis recognised in {ConversationKey}: {Kinds}")]
        public static partial void CrisisRecognised(ILogger logger, string conversationKey, string kinds);
    }
}
