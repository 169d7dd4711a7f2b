using RightsBot.Storage;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// The current token generation of each Direct Line conversation, in the database (table
/// <c>directline_token_generations</c>), so a token replaced by a refresh stays refused after a restart and on every
/// instance that shares the database. A conversation without a row is at generation 0 (its first token).
/// </summary>
public sealed class TokenGenerations(SqliteConnectionFactory connections)
{
    public async Task<long> CurrentAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Generation FROM directline_token_generations WHERE ConversationId = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        return await command.ExecuteScalarAsync(ct) is long generation ? generation : 0;
    }

    /// <summary>
    /// Moves the conversation from <paramref name="from"/> to the next generation; null when it is no longer at
    /// <paramref name="from"/> (the token was already refreshed, here or by a concurrent request).
    /// </summary>
    public async Task<long?> AdvanceAsync(string conversationId, long from, TimeProvider time, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO directline_token_generations (ConversationId, Generation, UpdatedAt) VALUES ($c, $next, $now) " +
            "ON CONFLICT(ConversationId) DO UPDATE SET Generation = Generation + 1, UpdatedAt = $now WHERE Generation = $from " +
            "RETURNING Generation";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$next", from + 1);
        command.Parameters.AddWithValue("$now", SqliteConnectionFactory.FormatTime(time.GetUtcNow()));
        var result = await command.ExecuteScalarAsync(ct);

        // No row yet: only a generation-0 token may create it at 1.
        return result is long next && next == from + 1 ? next : null;
    }
}
