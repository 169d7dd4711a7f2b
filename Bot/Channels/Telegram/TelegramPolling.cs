using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Channels.Telegram;

/// <summary>
/// Long polling (Channels:Telegram:Mode = polling) for deployments without a public address: getUpdates with an
/// offset, each update handled exactly as a webhook delivery would be. The offset is not stored: after a restart
/// Telegram hands back what was not confirmed, and the update_id de-duplication drops what was already processed.
/// </summary>
public sealed partial class TelegramPolling(
    TelegramClients clients, IServiceScopeFactory scopes, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramPolling> logger) : BackgroundService
{
    private static readonly TimeSpan PauseAfterError = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = clients.CreateForPolling();
        var webhookRemoved = false;
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookRemoved)
                {
                    // getUpdates is refused while a webhook is set.
                    await client.DeleteWebhook(cancellationToken: stoppingToken);
                    webhookRemoved = true;
                }

                var updates = await client.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, [UpdateType.Message, UpdateType.CallbackQuery], stoppingToken);
                foreach (var update in updates)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TelegramUpdates>().HandleAsync(update, stoppingToken);
                    offset = update.Id + 1;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.PollFailed(logger, ex.GetType().Name);
                await Task.Delay(PauseAfterError, time, stoppingToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7121, Level = LogLevel.Warning, Message = "Telegram long polling failed ({Error}); trying again shortly")]
        public static partial void PollFailed(ILogger logger, string error);
    }
}
