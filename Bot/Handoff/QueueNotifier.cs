using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using RightsBot.Localization;

namespace RightsBot.Handoff;

/// <summary>
/// Tells waiting workers when they move up the queue (and when it is nearly their turn), so nobody waits without
/// news. Updates go out only when a position improves, never more than once per change.
/// </summary>
public sealed partial class QueueNotifier(HandoffQueue queue, IServiceScopeFactory scopes, ILogger<QueueNotifier> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, int> _told = new(StringComparer.Ordinal);
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Records the position the worker was just told.</summary>
    public void Remember(string conversationKey, int? position)
    {
        if (position is { } p)
        {
            _told[conversationKey] = p;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void OnChanged() => _changes.Writer.TryWrite(true);
        queue.Changed += OnChanged;
        try
        {
            await foreach (var _ in _changes.Reader.ReadAllAsync(stoppingToken))
            {
                await NotifyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            queue.Changed -= OnChanged;
        }
    }

    private async Task NotifyAsync(CancellationToken ct)
    {
        var waiting = queue.Waiting();
        var keys = new HashSet<string>(waiting.Select(w => w.ConversationKey), StringComparer.Ordinal);
        foreach (var gone in _told.Keys.Where(k => !keys.Contains(k)))
        {
            _told.TryRemove(gone, out _);
        }

        for (var i = 0; i < waiting.Count; i++)
        {
            var key = waiting[i].ConversationKey;
            var position = i + 1;
            // Only a better place is news; a worse one (a crisis went ahead) is remembered quietly.
            if (!_told.TryGetValue(key, out var told) || position >= told)
            {
                _told[key] = position;
                continue;
            }

            _told[key] = position;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var service = scope.ServiceProvider.GetRequiredService<HandoffService>();
                var text = position == 1
                    ? BotText.HandoffNext
                    : string.Format(CultureInfo.InvariantCulture, BotText.HandoffMovedUp, position, service.ExpectedMinutes(position));
                await service.TellWorkerAsync(key, text, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.NotifyFailed(logger, ex, waiting[i].Ticket);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6202, Level = LogLevel.Warning, Message = "Could not tell the worker of handoff {Ticket} their new place in the queue")]
        public static partial void NotifyFailed(ILogger logger, Exception exception, string ticket);
    }
}
