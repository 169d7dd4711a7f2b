using RightsBot.Localization;

namespace RightsBot.Turns;

/// <summary>
/// The one turn-error boundary: logs the fault (never the worker's words), apologises in Chinese without showing
/// exception text, and clears the broken dialog stack so the next message starts clean instead of failing again.
/// </summary>
public sealed partial class ErrorBoundaryMiddleware(ILogger<ErrorBoundaryMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct)
    {
        try
        {
            await next(turn, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.TurnFailed(logger, ex, Storage.ConversationKey.ForLog(turn.ConversationKey), turn.Activity.Type);
            turn.Reset();
            turn.Metrics.TurnFailed();
            turn.SendText(BotText.TurnFailed);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationKey} (activity type {ActivityType})")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string conversationKey, string activityType);
    }
}
