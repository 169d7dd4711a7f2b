using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Dialogs.Prompts;
using RightsBot.Hosting;
using RightsBot.Storage;

namespace RightsBot.Turns;

/// <summary>
/// Answers a conversation's pending messages in order: load the dialog stack, run the pipeline, then commit the new
/// stack, the replies and the "answered" mark in one transaction, and only then let channels deliver the replies.
/// </summary>
public sealed partial class TurnRunner(
    IServiceScopeFactory scopes,
    ConversationSignals signals,
    ConversationLocks locks,
    IConversationHolds holds,
    IInboundProtection protection,
    Microsoft.Extensions.Options.IOptions<TurnOptions> options,
    BotIdentity bot,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    private const int MaxConflictRetries = 3;

    public async Task RunPendingAsync(string conversationKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ConversationStore>();
        var pending = await store.PendingAsync(conversationKey, ct);
        if (pending.Count == 0)
        {
            return;
        }

        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["ConversationKey"] = Storage.ConversationKey.ForLog(conversationKey) });
        using var answered = new CancellationTokenSource();
        if (!holds.IsHeld(conversationKey))
        {
            _ = ShowTypingIfSlowAsync(conversationKey, pending[^1].Seq, answered.Token);
        }

        try
        {
            foreach (var entry in pending)
            {
                var inbound = ActivityJson.Deserialize(entry.Json);
                if (inbound is not null && entry.SealedText is { } sealedText && protection.Unseal(sealedText) is { } typed)
                {
                    inbound = inbound with { Text = typed };
                }

                if (inbound is null)
                {
                    await store.MarkAnsweredAsync(entry.Id, ct);
                    continue;
                }

                await RunOneAsync(store, conversationKey, entry, inbound, ct);
            }
        }
        finally
        {
            await answered.CancelAsync();
        }
    }

    /// <summary>Shows the worker that the bot is typing when the answer takes a moment.</summary>
    private async Task ShowTypingIfSlowAsync(string conversationKey, long afterSeq, CancellationToken answered)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds), time, answered);
            signals.Publish(conversationKey, new ConversationSignal(new Activity { Type = ActivityTypes.Typing, From = bot.Account }, afterSeq));
        }
        catch (OperationCanceledException)
        {
            // Answered quickly: no indicator needed.
        }
    }

    private async Task RunOneAsync(ConversationStore store, string key, TranscriptEntry entry, Activity inbound, CancellationToken ct)
    {
        // Staff taking or returning the conversation wait for the turn, and the turn for them.
        using var held = await locks.AcquireAsync(key, ct);
        for (var attempt = 1; ; attempt++)
        {
            var (state, version) = await store.LoadStateAsync(key, ct);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using var turnScope = scopes.CreateAsyncScope();
            var pipeline = turnScope.ServiceProvider.GetRequiredService<TurnPipeline>();
            var turn = new TurnContext(inbound, key, DialogState.Deserialize(state), time.GetUtcNow(), turnScope.ServiceProvider, metrics);
            await pipeline.RunAsync(turn, ct);

            var replies = turn.Replies.Select(r => Address(r, inbound, entry)).ToList();
            IReadOnlyList<TranscriptEntry> stored;
            try
            {
                stored = await store.CommitTurnAsync(
                    key, entry.Id, turn.DialogState.Serialize(), version, replies, Redacted(entry, inbound, turn), SensitiveAnswer.IsAwaited(turn.DialogState), ct);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                Log.Conflict(logger, Storage.ConversationKey.ForLog(key), attempt);
                continue;
            }

            metrics.TurnCompleted(inbound.Type, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            Log.TurnCommitted(logger, Storage.ConversationKey.ForLog(key), inbound.Type, inbound.Text?.Length ?? 0, replies.Count);
            if (replies.Count > 0)
            {
                signals.Publish(key, ConversationSignal.Appended(stored));
            }

            return;
        }
    }

    /// <summary>
    /// The inbound activity as the transcript keeps it after the turn: a sensitive answer as the flow masked it, any other
    /// text by the transcript's masking (stored already at the first write; rewritten when the flow knew better).
    /// </summary>
    private string? Redacted(TranscriptEntry entry, Activity inbound, TurnContext turn)
    {
        var kept = turn.InboundRedaction ?? (inbound.Text is { Length: > 0 } typed ? protection.Mask(typed) : null);
        if (kept is null || ActivityJson.Deserialize(entry.Json) is not { } stored || string.Equals(stored.Text, kept, StringComparison.Ordinal))
        {
            return null;
        }

        return ActivityJson.Serialize(stored with { Text = kept });
    }

    private Activity Address(Activity reply, Activity inbound, TranscriptEntry entry) => reply with
    {
        From = reply.From ?? bot.Account,
        Recipient = reply.Recipient ?? (inbound.From is { } user ? user with { Role = "user" } : null),
        ReplyToId = reply.ReplyToId ?? (string.Equals(inbound.Type, ActivityTypes.Message, StringComparison.Ordinal) ? entry.ActivityId : null),
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Turn committed in {ConversationKey}: {ActivityType}, {TextLength} chars in, {ReplyCount} replies")]
        public static partial void TurnCommitted(ILogger logger, string conversationKey, string activityType, int textLength, int replyCount);

        [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "State conflict in {ConversationKey}, attempt {Attempt}; running the turn again")]
        public static partial void Conflict(ILogger logger, string conversationKey, int attempt);
    }
}
