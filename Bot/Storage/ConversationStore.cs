using RightsBot.Activities;

namespace RightsBot.Storage;

/// <summary>
/// Reads and writes conversations and their transcripts. Writes go through the <see cref="TranscriptWriter"/>
/// (batched, one transaction per batch); reads use their own pooled connections, which WAL lets run beside the writer.
/// </summary>
public sealed class ConversationStore(SqliteConnectionFactory connections, TranscriptWriter writer)
{
    private const int MaxCached = 100_000;

    // Per-instance caches on the hot path. The state cache is safe across instances: a stale entry fails the version
    // check on commit, is dropped, and the turn runs again on fresh state. Conversations are never deleted, so a key
    // once seen keeps existing.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? State, long Version)> _states = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    /// <summary>Whether the conversation exists (cached once seen).</summary>
    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        if (_known.ContainsKey(key))
        {
            return true;
        }

        if (await FindAsync(key, ct) is null)
        {
            return false;
        }

        Remember(_known, key, (byte)0);
        return true;
    }

    /// <summary>The conversation's dialog state and its version, from the cache when this instance committed it last.</summary>
    public async Task<(string? State, long Version)> LoadStateAsync(string key, CancellationToken ct)
    {
        if (_states.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var record = await FindAsync(key, ct) ?? throw new InvalidOperationException($"Conversation {key} does not exist.");
        return (record.DialogState, record.StateVersion);
    }

    /// <summary>Forgets a cached state (after a version conflict).</summary>
    public void ForgetState(string key) => _states.TryRemove(key, out _);

    private static void Remember<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        cache[key] = value;
    }
    public Task<ConversationRecord> EnsureConversationAsync(string channelId, string conversationId, string? userId, CancellationToken ct) =>
        writer.EnsureConversationAsync(channelId, conversationId, userId, ct);

    public async Task<ConversationRecord?> FindAsync(string key, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = ConversationReader.SelectSql;
        command.Parameters.AddWithValue("$k", key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ConversationReader.Read(reader) : null;
    }

    /// <summary>
    /// Stores an inbound activity (stamped with a server id, timestamp and sequence) as pending, unless the channel
    /// delivered the same message before, in which case the earlier entry is returned.
    /// </summary>
    public Task<AppendResult> AppendInboundAsync(string key, Activity activity, string? channelMessageId, CancellationToken ct) =>
        writer.AppendInboundAsync(key, activity, channelMessageId, ct);

    /// <summary>
    /// Commits one turn atomically: the new dialog state (checked against <paramref name="expectedVersion"/>), the bot's
    /// replies appended to the transcript, and the inbound entry marked answered. Returns the stored replies.
    /// </summary>
    /// <param name="redactedInboundJson">When set, replaces the stored inbound activity (a sensitive answer, masked).</param>
    /// <param name="awaitingSensitive">Whether the question now waiting asks for personal data (see <see cref="ConversationRecord.AwaitingSensitive"/>).</param>
    public async Task<IReadOnlyList<TranscriptEntry>> CommitTurnAsync(
        string key, long? inboundEntryId, string? dialogState, long expectedVersion, IReadOnlyList<Activity> replies, string? redactedInboundJson,
        bool awaitingSensitive, CancellationToken ct)
    {
        try
        {
            var stored = await writer.CommitTurnAsync(key, inboundEntryId, dialogState, expectedVersion, replies, redactedInboundJson, awaitingSensitive, ct);
            Remember(_states, key, (dialogState, expectedVersion + 1));
            return stored;
        }
        catch
        {
            ForgetState(key);
            throw;
        }
    }

    /// <summary>Marks an inbound entry answered without touching state (used when a turn cannot be run at all).</summary>
    public Task MarkAnsweredAsync(long inboundEntryId, CancellationToken ct) => writer.MarkAnsweredAsync(inboundEntryId, ct);

    /// <summary>Whether the channel delivered this message before (checked before costly work such as fetching a file).</summary>
    public async Task<bool> SeenAsync(string key, string channelMessageId, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM transcript WHERE ConversationKey = $k AND ChannelMessageId = $m LIMIT 1";
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$m", channelMessageId);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Inbound entries not yet answered, oldest first.</summary>
    public Task<IReadOnlyList<TranscriptEntry>> PendingAsync(string key, CancellationToken ct) =>
        ReadEntriesAsync(" WHERE ConversationKey = $k AND Pending = 1 ORDER BY Seq", ct, ("$k", key));

    /// <summary>Transcript entries after <paramref name="afterSeq"/>, in order.</summary>
    public Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string key, long afterSeq, int max, CancellationToken ct) =>
        ReadEntriesAsync(" WHERE ConversationKey = $k AND Seq > $s ORDER BY Seq LIMIT $n", ct, ("$k", key), ("$s", afterSeq), ("$n", max));

    /// <summary>Keys of conversations with unanswered inbound activities (recovery after a restart).</summary>
    public async Task<IReadOnlyList<string>> ConversationsWithPendingAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT ConversationKey FROM transcript WHERE Pending = 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private async Task<IReadOnlyList<TranscriptEntry>> ReadEntriesAsync(string where, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = TranscriptReader.SelectSql + where;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var entries = new List<TranscriptEntry>();
        while (await reader.ReadAsync(ct))
        {
            entries.Add(TranscriptReader.Read(reader));
        }

        return entries;
    }
}
