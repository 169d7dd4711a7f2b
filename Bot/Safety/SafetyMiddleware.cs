using RightsBot.Activities;
using RightsBot.Answers;
using RightsBot.Knowledge.Safety;
using RightsBot.Localization;
using RightsBot.Turns;

namespace RightsBot.Safety;

/// <summary>
/// Runs before anything else in a turn, also in the middle of a form and while staff hold the conversation: a message
/// about suicide or self-harm, violence or threats, someone held or hurt is answered at once, with the number to
/// call first (120 for someone hurt, 110 for violence, being held or someone threatening to jump, 12356 for thoughts
/// of self-harm) and an offer of a person, and the turn is flagged for escalation, which puts the conversation at
/// the top of the staff queue. The rest of the turn still runs (see <see cref="TurnContext.Crisis"/>), so a question
/// asked in the same message is answered after the crisis reply.
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
                var kinds = assessment.Kinds.Select(Name).ToList();
                foreach (var kind in kinds)
                {
                    turn.EscalationReasons.Add(Handoff.HandoffReasons.CrisisPrefix + kind);
                }

                Log.CrisisRecognised(logger, Storage.ConversationKey.ForLog(turn.ConversationKey), string.Join(',', kinds));
                var marker = new AnswerMarker { Kind = AnswerKinds.Crisis, Crisis = new CrisisMarker(kinds, assessment.FirstNumber!) };
                turn.Send(Activity.BotMessage(ReplyFor(assessment), [CardAction.ImBack(BotText.MenuPerson)]) with
                {
                    ChannelData = AnswerChannelData.For(marker),
                });
            }
        }

        return next(turn, ct);
    }

    /// <summary>The reply whose first number is the one to call first.</summary>
    internal static string ReplyFor(CrisisAssessment assessment) => assessment.FirstNumber switch
    {
        EmergencyNumbers.Ambulance => BotText.CrisisInjury,
        EmergencyNumbers.Police when assessment.Imminent && assessment.Kinds.Contains(CrisisKind.SelfHarm) && !assessment.Kinds.Contains(CrisisKind.OthersAtRisk)
            => BotText.CrisisAtTheEdge,
        EmergencyNumbers.Police when assessment.Kinds.Contains(CrisisKind.OthersAtRisk) => BotText.CrisisOthersAtRisk,
        EmergencyNumbers.Police => BotText.CrisisPolice,
        _ => BotText.CrisisSelfHarm,
    };

    /// <summary>The reason code of a kind (crisis:selfharm, crisis:othersatrisk, …).</summary>
    internal static string Name(CrisisKind kind) => kind.ToString().ToLowerInvariant();

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Crisis recognised in {ConversationKey}: {Kinds}")]
        public static partial void CrisisRecognised(ILogger logger, string conversationKey, string kinds);
    }
}
