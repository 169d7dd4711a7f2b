using System.Threading.Channels;
using Telegram.Bot;

namespace RightsBot.Channels.Telegram;

/// <summary>
/// Answers button presses (answerCallbackQuery) off the webhook's path, so the button stops spinning. Best effort: a
/// lost answer only leaves the spinner until Telegram gives up on it; the press itself is already stored.
/// </summary>
public sealed partial class TelegramCallbackAnswers(TelegramClients clients, ILogger<TelegramCallbackAnswers> logger) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(string callbackQueryId) => _queue.Writer.TryWrite(callbackQueryId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = clients.Create();
        try
        {
            await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await client.AnswerCallbackQuery(id, cancellationToken: stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.AnswerFailed(logger, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Could not answer a Telegram button press ({Error})")]
        public static partial void AnswerFailed(ILogger logger, string error);
    }
}
