using RightsBot.Knowledge.SmallTalk;
using RightsBot.Turns;

namespace RightsBot.Answers;

/// <summary>Answers a worker's question in the turn (replies are added to the turn).</summary>
public interface IAnswerService
{
    /// <summary>Answers, suggests or honestly declines.</summary>
    Task AnswerAsync(TurnContext turn, string question, AnswerMode mode, CancellationToken ct);

    /// <summary>A short kind reply to small talk (greeting, thanks, …), with the menu.</summary>
    void SendSmallTalk(TurnContext turn, SmallTalkKind kind);

    /// <summary>Handles a reply to the last answer (有帮助, 没帮助, 都不是, a picked suggestion); false when it is none.</summary>
    Task<bool> TryHandleFeedbackAsync(TurnContext turn, string text, CancellationToken ct);
}
