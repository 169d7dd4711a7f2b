using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RightsBot.Localization;

namespace RightsBot.Handoff;

/// <summary>
/// Tells waiting workers when they move up the queue (and when it is nearly their turn), and, when nothing has moved
/// for a while during service hours, that they are still in the line, so nobody waits without news. Position news goes
/// out only when a position improves, never more than once per change.
/// </summary>
public sealed partial class QueueNotifier(
    HandoffQueue queue, ServiceHours hours, IOptions<HandoffOptions> options, TimeProvider time, IServiceScopeFactory scopes, ILogger<QueueNotifier> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, int> _told = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastNews = new(StringComparer.Ordinal);
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Records the position the worker was just told.</summary>
    public void Remember(string conversationKey, int? position)
    {
        if (position is { } p)
        {
            _told[conversationKey] = p;
            _lastNews[conversationKey] = time.GetUtcNow();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void OnChanged() => _changes.Writer.TryWrite(true);
        queue.Changed += OnChanged;
        try
        {
            var reminders = RemindAsync(stoppingToken);
            await foreach (var _ in _changes.Reader.ReadAllAsync(stoppingToken))
            {
                await NotifyAsync(stoppingToken);
            }

            await reminders;
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
            _lastNews.TryRemove(gone, out _);
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
            _lastNews[key] = time.GetUtcNow();
            var text = position == 1
                ? BotText.HandoffNext
                : string.Format(CultureInfo.InvariantCulture, BotText.HandoffMovedUp, position, position * options.Value.MinutesPerPosition);
            await TellAsync(key, waiting[i].Ticket, text, ct);
        }
    }

    /// <summary>Once a minute: a worker who has heard nothing for <see cref="HandoffOptions.StillWaitingMinutes"/> hears they are still in line.</summary>
    private async Task RemindAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var now = time.GetUtcNow();
                if (!hours.IsOpen(now))
                {
                    continue;
                }

                var waiting = queue.Waiting();
                for (var i = 0; i < waiting.Count; i++)
                {
                    var key = waiting[i].ConversationKey;
                    var since = _lastNews.GetOrAdd(key, now);
                    if (waiting[i].AfterHours || now - since < TimeSpan.FromMinutes(options.Value.StillWaitingMinutes))
                    {
                        continue;
                    }

                    _lastNews[key] = now;
                    _told[key] = i + 1;
                    await TellAsync(key, waiting[i].Ticket, string.Format(CultureInfo.InvariantCulture, BotText.HandoffStillInLine, i + 1), ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task TellAsync(string key, string ticket, string text, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HandoffService>().TellWorkerAsync(key, text, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.NotifyFailed(logger, ex, ticket);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6202, Level = LogLevel.Warning, Message = "Could not tell the worker of handoff {Ticket} their new place in the queue")]
        public static partial void NotifyFailed(ILogger logger, Exception exception, string ticket);
    }
}
