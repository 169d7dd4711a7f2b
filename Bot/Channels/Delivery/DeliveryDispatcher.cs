using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RightsBot.Activities;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Channels.Delivery;

/// <summary>
/// The outbox of the messaging channels. Every outbound message is committed to the transcript before this runs; the
/// dispatcher sends each Telegram or WeChat conversation's undelivered messages in order, moves the conversation's
/// cursor after every accepted send, and on failure waits (doubling, or as long as the channel's Retry-After asks)
/// before trying the same part again. It wakes when messages are committed and sweeps on a timer, so after a restart
/// or a lost wake-up it resumes from the cursor. Direct Line clients read the transcript themselves and need none of this.
/// </summary>
public sealed partial class DeliveryDispatcher : BackgroundService
{
    private const int ReadBatch = 50;

    private readonly Dictionary<string, IChannelSender> _senders;
    private readonly DeliveryCursors _cursors;
    private readonly DeliveryLocks _locks;
    private readonly ConversationSignals _signals;
    private readonly ConversationStore _store;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryDispatcher> _logger;
    private readonly Channel<string> _wake = Channel.CreateUnbounded<string>();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public DeliveryDispatcher(
        IEnumerable<IChannelSender> senders, DeliveryCursors cursors, DeliveryLocks locks, ConversationSignals signals, ConversationStore store,
        IOptions<DeliveryOptions> options, TimeProvider time, ILogger<DeliveryDispatcher> logger)
    {
        _senders = senders.ToDictionary(s => s.ChannelId, StringComparer.Ordinal);
        _cursors = cursors;
        _locks = locks;
        _signals = signals;
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Asks for the conversation's undelivered messages to be sent (ignored for channels without a sender).</summary>
    public void Kick(string conversationKey)
    {
        if (ChannelOf(conversationKey) is not { } channel || !_senders.ContainsKey(channel))
        {
            return;
        }

        lock (_gate)
        {
            if (!_queued.Add(conversationKey))
            {
                return;
            }
        }

        _wake.Writer.TryWrite(conversationKey);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_senders.Count == 0)
        {
            return;
        }

        using var everything = _signals.SubscribeAll();
        var tasks = new List<Task> { ListenAsync(everything, stoppingToken), SweepAsync(stoppingToken) };
        tasks.AddRange(Enumerable.Range(0, _options.MaxParallelConversations).Select(_ => WorkAsync(stoppingToken)));
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered messages stay behind their cursors and go out after the next start.
        }
    }

    private async Task ListenAsync(ConversationSubscription everything, CancellationToken ct)
    {
        await foreach (var signal in everything.Reader.ReadAllAsync(ct))
        {
            if (signal.Entries is { Count: > 0 } entries && entries.Any(IsDeliverable))
            {
                Kick(entries[0].ConversationKey);
            }
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(_options.SweepSeconds);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var now = _time.GetUtcNow();
                foreach (var (key, next) in await _cursors.BackloggedAsync(ct))
                {
                    if (next is null || next <= now)
                    {
                        Kick(key);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SweepFailed(_logger, ex);
            }

            await Task.Delay(interval, _time, ct);
        }
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        await foreach (var key in _wake.Reader.ReadAllAsync(ct))
        {
            lock (_gate)
            {
                _queued.Remove(key);
            }

            try
            {
                await DeliverAsync(key, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The cursor has not moved past what failed; the sweep brings the conversation back.
                Log.DeliveryFailed(_logger, ex, Storage.ConversationKey.ForLog(key));
            }
        }
    }

    /// <summary>Sends what is undelivered in one conversation, in order, unless someone else is sending it right now.</summary>
    internal async Task DeliverAsync(string key, CancellationToken ct)
    {
        // A WeChat request that is about to answer passively holds the lock; it kicks again when it lets go.
        using var held = _locks.TryAcquire(key);
        if (held is null)
        {
            return;
        }

        var cursor = await _cursors.FindAsync(key, ct);
        if (cursor is null || cursor.Held || cursor.NextAttemptAt > _time.GetUtcNow() || !_senders.TryGetValue(cursor.ChannelId, out var sender))
        {
            return;
        }

        var recipient = key[(cursor.ChannelId.Length + ConversationsSegment.Length)..];
        var (seq, parts, attempts) = (cursor.DeliveredSeq, cursor.DeliveredParts, cursor.Attempts);
        var saved = (seq, parts);
        while (true)
        {
            var entries = await _store.ReadAfterAsync(key, seq, ReadBatch, ct);
            if (entries.Count == 0)
            {
                break;
            }

            var lastDeliverable = entries.LastOrDefault(IsDeliverable)?.Seq;
            foreach (var entry in entries)
            {
                var activity = IsDeliverable(entry) ? ActivityJson.Deserialize(entry.Json) : null;
                var message = activity is null ? null : new OutboundMessage(entry.Seq, activity, entry.Seq < lastDeliverable);
                var count = message is null ? 0 : sender.CountParts(message);
                for (; parts < count; parts++)
                {
                    if (!sender.MaySend(cursor, _time.GetUtcNow()))
                    {
                        await SaveAsync(key, seq, parts, saved, ct);
                        await _cursors.HoldAsync(key, ct);
                        Log.Held(_logger, Storage.ConversationKey.ForLog(key), "window closed");
                        return;
                    }

                    var outcome = await sender.SendAsync(recipient, message!, parts, ct);
                    if (outcome.Result == DeliveryResult.Sent)
                    {
                        attempts = 0;
                        saved = await SaveAsync(key, parts + 1 == count ? entry.Seq : seq, parts + 1 == count ? 0 : parts + 1, saved, ct);
                        continue;
                    }

                    await SaveAsync(key, seq, parts, saved, ct);
                    switch (outcome.Result)
                    {
                        case DeliveryResult.RetryLater:
                            var wait = outcome.RetryAfter ?? Backoff(attempts);
                            await _cursors.RetryAtAsync(key, _time.GetUtcNow() + wait, ct);
                            Log.WillRetry(_logger, Storage.ConversationKey.ForLog(key), entry.Seq, attempts + 1, wait.TotalSeconds, outcome.Reason ?? string.Empty);
                            return;
                        case DeliveryResult.Hold:
                            await _cursors.HoldAsync(key, ct);
                            Log.Held(_logger, Storage.ConversationKey.ForLog(key), outcome.Reason ?? string.Empty);
                            return;
                        default:
                            // Refused for good (the same request would be refused again): skip it, loudly.
                            Log.Rejected(_logger, Storage.ConversationKey.ForLog(key), entry.Seq, outcome.Reason ?? string.Empty);
                            parts = count;
                            break;
                    }
                }

                (seq, parts) = (entry.Seq, 0);
            }

            saved = await SaveAsync(key, seq, parts, saved, ct);
        }
    }

    /// <summary>Persists the cursor when it moved; returns what is now saved.</summary>
    private async Task<(long Seq, int Parts)> SaveAsync(string key, long seq, int parts, (long Seq, int Parts) saved, CancellationToken ct)
    {
        if ((seq, parts) != saved)
        {
            await _cursors.AdvanceAsync(key, seq, parts, ct);
        }

        return (seq, parts);
    }

    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(_options.MaxBackoffSeconds, _options.BackoffSeconds * Math.Pow(2, Math.Min(attempts, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private const string ConversationsSegment = "/conversations/";

    private static string? ChannelOf(string key)
    {
        var end = key.IndexOf(ConversationsSegment, StringComparison.Ordinal);
        return end > 0 ? key[..end] : null;
    }

    /// <summary>Outbound messages are delivered (bot and staff alike); inbound entries, events and typing are not.</summary>
    internal static bool IsDeliverable(TranscriptEntry entry) =>
        !entry.Inbound && string.Equals(entry.Type, ActivityTypes.Message, StringComparison.Ordinal);

    private static partial class Log
    {
        [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Delivery in {ConversationKey} failed at entry {Seq} (attempt {Attempt}); next try in {Seconds:0.#} s: {Reason}")]
        public static partial void WillRetry(ILogger logger, string conversationKey, long seq, int attempt, double seconds, string reason);

        [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "Delivery in {ConversationKey} held until the worker writes again: {Reason}")]
        public static partial void Held(ILogger logger, string conversationKey, string reason);

        [LoggerMessage(EventId = 7303, Level = LogLevel.Error, Message = "The channel refused entry {Seq} of {ConversationKey} for good; skipped: {Reason}")]
        public static partial void Rejected(ILogger logger, string conversationKey, long seq, string reason);

        [LoggerMessage(EventId = 7304, Level = LogLevel.Error, Message = "Delivery in {ConversationKey} stopped on an error; it is retried on the next sweep")]
        public static partial void DeliveryFailed(ILogger logger, Exception exception, string conversationKey);

        [LoggerMessage(EventId = 7305, Level = LogLevel.Error, Message = "The outbox sweep failed")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
