using Microsoft.EntityFrameworkCore;
using RightsBot.Activities;

namespace RightsBot.Storage;

/// <summary>
/// Reads and writes conversations and their transcripts. Every write that hands out sequence numbers runs in one
/// transaction with the conversation row, so sequence numbers (the Direct Line watermark) follow commit order.
/// </summary>
public sealed class ConversationStore(BotDbContext db, TimeProvider time)
{
    public async Task<ConversationRecord> EnsureConversationAsync(string channelId, string conversationId, string? userId, CancellationToken ct)
    {
        var key = ConversationKey.For(channelId, conversationId);
        var existing = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, ct);
        if (existing is not null)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var record = new ConversationRecord
        {
            Key = key, ChannelId = channelId, ConversationId = conversationId, UserId = userId, CreatedAt = now, UpdatedAt = now,
        };
        db.Conversations.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Created by a concurrent request for the same conversation.
            db.ChangeTracker.Clear();
            return await db.Conversations.AsNoTracking().FirstAsync(c => c.Key == key, ct);
        }

        db.Entry(record).State = EntityState.Detached;
        return record;
    }

    public Task<ConversationRecord?> FindAsync(string key, CancellationToken ct) =>
        db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, ct);

    /// <summary>
    /// Stores an inbound activity (stamped with a server id, timestamp and sequence) as pending, unless the channel
    /// delivered the same message before, in which case the earlier entry is returned.
    /// </summary>
    public async Task<AppendResult> AppendInboundAsync(string key, Activity activity, string? channelMessageId, CancellationToken ct)
    {
        if (channelMessageId is not null)
        {
            var seen = await db.Transcript.AsNoTracking()
                .FirstOrDefaultAsync(t => t.ConversationKey == key && t.ChannelMessageId == channelMessageId, ct);
            if (seen is not null)
            {
                return new AppendResult(seen, Duplicate: true);
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var conversation = await db.Conversations.FirstAsync(c => c.Key == key, ct);
        var entry = NewEntry(conversation, activity, inbound: true, channelMessageId);
        entry.Pending = true;
        db.Transcript.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException) when (channelMessageId is not null)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var seen = await db.Transcript.AsNoTracking()
                .FirstAsync(t => t.ConversationKey == key && t.ChannelMessageId == channelMessageId, ct);
            return new AppendResult(seen, Duplicate: true);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new AppendResult(entry, Duplicate: false);
    }

    /// <summary>Inbound entries not yet answered, oldest first.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> PendingAsync(string key, CancellationToken ct) =>
        await db.Transcript.AsNoTracking().Where(t => t.ConversationKey == key && t.Pending).OrderBy(t => t.Seq).ToListAsync(ct);

    /// <summary>Keys of conversations with unanswered inbound activities (recovery after a restart).</summary>
    public async Task<IReadOnlyList<string>> ConversationsWithPendingAsync(CancellationToken ct) =>
        await db.Transcript.AsNoTracking().Where(t => t.Pending).Select(t => t.ConversationKey).Distinct().ToListAsync(ct);

    /// <summary>
    /// Commits one turn atomically: the new dialog state (checked against <paramref name="expectedVersion"/>), the bot's
    /// replies appended to the transcript, and the inbound entry marked answered. Returns the stored replies.
    /// </summary>
    public async Task<IReadOnlyList<TranscriptEntry>> CommitTurnAsync(
        string key, long? inboundEntryId, string? dialogState, long expectedVersion, IReadOnlyList<Activity> replies, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var conversation = await db.Conversations.FirstAsync(c => c.Key == key, ct);
            if (conversation.StateVersion != expectedVersion)
            {
                throw new ConcurrencyConflictException($"Conversation state changed (expected version {expectedVersion}, found {conversation.StateVersion}).");
            }

            conversation.DialogState = dialogState;
            conversation.StateVersion++;
            var stored = new List<TranscriptEntry>(replies.Count);
            foreach (var reply in replies)
            {
                var entry = NewEntry(conversation, reply, inbound: false, channelMessageId: null);
                db.Transcript.Add(entry);
                stored.Add(entry);
            }

            if (inboundEntryId is { } id)
            {
                await db.Transcript.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Pending, false), ct);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return stored;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Marks an inbound entry answered without touching state (used when a turn cannot be run at all).</summary>
    public Task MarkAnsweredAsync(long inboundEntryId, CancellationToken ct) =>
        db.Transcript.Where(t => t.Id == inboundEntryId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Pending, false), ct);

    /// <summary>Transcript entries after <paramref name="afterSeq"/>, in order.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string key, long afterSeq, int max, CancellationToken ct) =>
        await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationKey == key && t.Seq > afterSeq)
            .OrderBy(t => t.Seq)
            .Take(max)
            .ToListAsync(ct);

    private TranscriptEntry NewEntry(ConversationRecord conversation, Activity activity, bool inbound, string? channelMessageId)
    {
        var now = time.GetUtcNow();
        conversation.LastSeq++;
        conversation.UpdatedAt = now;
        var seq = conversation.LastSeq;
        var id = $"{conversation.ConversationId}|{seq:D7}";
        var stamped = activity with
        {
            Id = id,
            Timestamp = now,
            ChannelId = activity.ChannelId ?? conversation.ChannelId,
            Conversation = (activity.Conversation ?? new ConversationAccount()) with { Id = conversation.ConversationId },
        };
        return new TranscriptEntry
        {
            ConversationKey = conversation.Key,
            Seq = seq,
            ActivityId = id,
            Inbound = inbound,
            Type = activity.Type,
            ChannelMessageId = channelMessageId,
            Json = ActivityJson.Serialize(stamped),
            Timestamp = now,
        };
    }
}
