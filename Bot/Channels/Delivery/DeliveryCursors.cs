using Microsoft.Data.Sqlite;
using RightsBot.Storage;

namespace RightsBot.Channels.Delivery;

/// <summary>Reads and moves the delivery cursors (<c>channel_deliveries</c>) with plain SQL.</summary>
public sealed class DeliveryCursors(SqliteConnectionFactory connections, TimeProvider time)
{
    private const string SelectSql =
        "SELECT ConversationKey, ChannelId, DeliveredSeq, DeliveredParts, Attempts, NextAttemptAt, Held, LastInboundAt, UpdatedAt FROM channel_deliveries";

    /// <summary>
    /// Records that the worker wrote: opens the channel's window again and releases held messages. A new conversation's
    /// cursor starts at its current end, so nothing from before is ever sent twice. Call after the conversation exists
    /// and before the worker's message is accepted.
    /// </summary>
    public async Task RecordInboundAsync(string conversationKey, string channelId, CancellationToken ct)
    {
        var now = SqliteConnectionFactory.FormatTime(time.GetUtcNow());
        await ExecuteAsync(
            "INSERT INTO channel_deliveries (ConversationKey, ChannelId, DeliveredSeq, DeliveredParts, Attempts, NextAttemptAt, Held, LastInboundAt, UpdatedAt) " +
            "VALUES ($k, $c, COALESCE((SELECT LastSeq FROM conversations WHERE Key = $k), 0), 0, 0, NULL, 0, $now, $now) " +
            "ON CONFLICT(ConversationKey) DO UPDATE SET LastInboundAt = $now, UpdatedAt = $now, " +
            "NextAttemptAt = CASE WHEN Held = 1 THEN NULL ELSE NextAttemptAt END, Attempts = CASE WHEN Held = 1 THEN 0 ELSE Attempts END, Held = 0",
            ct, ("$k", conversationKey), ("$c", channelId), ("$now", now));
    }

    public async Task<ChannelDelivery?> FindAsync(string conversationKey, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectSql + " WHERE ConversationKey = $k";
        command.Parameters.AddWithValue("$k", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    /// <summary>Moves the cursor forward (never back) and clears the failure count.</summary>
    public Task AdvanceAsync(string conversationKey, long deliveredSeq, int deliveredParts, CancellationToken ct) =>
        ExecuteAsync(
            "UPDATE channel_deliveries SET DeliveredSeq = $s, DeliveredParts = $p, Attempts = 0, NextAttemptAt = NULL, UpdatedAt = $now " +
            "WHERE ConversationKey = $k AND (DeliveredSeq < $s OR (DeliveredSeq = $s AND DeliveredParts <= $p))",
            ct, ("$k", conversationKey), ("$s", deliveredSeq), ("$p", deliveredParts), ("$now", SqliteConnectionFactory.FormatTime(time.GetUtcNow())));

    /// <summary>Records a failed attempt and when to try again.</summary>
    public Task RetryAtAsync(string conversationKey, DateTimeOffset at, CancellationToken ct) =>
        ExecuteAsync(
            "UPDATE channel_deliveries SET Attempts = Attempts + 1, NextAttemptAt = $at, UpdatedAt = $now WHERE ConversationKey = $k",
            ct, ("$k", conversationKey), ("$at", SqliteConnectionFactory.FormatTime(at)), ("$now", SqliteConnectionFactory.FormatTime(time.GetUtcNow())));

    /// <summary>Keeps the conversation's messages waiting until the worker writes again.</summary>
    public Task HoldAsync(string conversationKey, CancellationToken ct) =>
        ExecuteAsync(
            "UPDATE channel_deliveries SET Held = 1, Attempts = 0, NextAttemptAt = NULL, UpdatedAt = $now WHERE ConversationKey = $k",
            ct, ("$k", conversationKey), ("$now", SqliteConnectionFactory.FormatTime(time.GetUtcNow())));

    /// <summary>Conversations with transcript entries past their cursor that are not held, and when each may be tried.</summary>
    public async Task<IReadOnlyList<(string Key, DateTimeOffset? NextAttemptAt)>> BackloggedAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT d.ConversationKey, d.NextAttemptAt FROM channel_deliveries d JOIN conversations c ON c.Key = d.ConversationKey " +
            "WHERE c.LastSeq > d.DeliveredSeq AND d.Held = 0";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<(string, DateTimeOffset?)>();
        while (await reader.ReadAsync(ct))
        {
            keys.Add((reader.GetString(0), reader.IsDBNull(1) ? null : SqliteConnectionFactory.ParseTime(reader.GetString(1))));
        }

        return keys;
    }

    /// <summary>The JSON of the last message delivered to the worker (what their screen ends with), if any.</summary>
    public async Task<string?> LastDeliveredMessageAsync(string conversationKey, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT t.Json FROM transcript t JOIN channel_deliveries d ON d.ConversationKey = t.ConversationKey " +
            "WHERE t.ConversationKey = $k AND t.Inbound = 0 AND t.Type = 'message' AND t.Seq <= d.DeliveredSeq ORDER BY t.Seq DESC LIMIT 1";
        command.Parameters.AddWithValue("$k", conversationKey);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static ChannelDelivery Read(SqliteDataReader reader) => new()
    {
        ConversationKey = reader.GetString(0),
        ChannelId = reader.GetString(1),
        DeliveredSeq = reader.GetInt64(2),
        DeliveredParts = reader.GetInt32(3),
        Attempts = reader.GetInt32(4),
        NextAttemptAt = reader.IsDBNull(5) ? null : SqliteConnectionFactory.ParseTime(reader.GetString(5)),
        Held = reader.GetInt64(6) != 0,
        LastInboundAt = reader.IsDBNull(7) ? null : SqliteConnectionFactory.ParseTime(reader.GetString(7)),
        UpdatedAt = SqliteConnectionFactory.ParseTime(reader.GetString(8)),
    };
}
