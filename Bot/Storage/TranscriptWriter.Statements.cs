using Microsoft.Data.Sqlite;
using RightsBot.Activities;

namespace RightsBot.Storage;

public sealed partial class TranscriptWriter
{
    /// <summary>The SQL of one batch, on the writer's connection and transaction.</summary>
    private sealed class Statements(SqliteConnection connection, SqliteTransaction transaction, IInboundProtection protection)
    {
        private SqliteCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        public async Task<object?> EnsureConversationAsync(EnsureConversation e, DateTimeOffset now)
        {
            var key = ConversationKey.For(e.ChannelId, e.ConversationId);
            await using (var insert = Command(
                "INSERT INTO conversations (Key, ChannelId, ConversationId, UserId, DialogState, StateVersion, LastSeq, CreatedAt, UpdatedAt) " +
                "VALUES ($k, $c, $id, $u, NULL, 0, 0, $now, $now) ON CONFLICT(Key) DO NOTHING"))
            {
                insert.Parameters.AddWithValue("$k", key);
                insert.Parameters.AddWithValue("$c", e.ChannelId);
                insert.Parameters.AddWithValue("$id", e.ConversationId);
                insert.Parameters.AddWithValue("$u", (object?)e.UserId ?? DBNull.Value);
                insert.Parameters.AddWithValue("$now", SqliteConnectionFactory.FormatTime(now));
                await insert.ExecuteNonQueryAsync();
            }

            await using var select = Command(ConversationReader.SelectSql);
            select.Parameters.AddWithValue("$k", key);
            await using var reader = await select.ExecuteReaderAsync();
            return await reader.ReadAsync() ? ConversationReader.Read(reader) : throw new KeyNotFoundException(key);
        }

        public async Task<object?> AppendInboundAsync(AppendInbound a, DateTimeOffset now)
        {
            if (a.ChannelMessageId is not null)
            {
                await using var seen = Command(TranscriptReader.SelectSql + " WHERE ConversationKey = $k AND ChannelMessageId = $m");
                seen.Parameters.AddWithValue("$k", a.Key);
                seen.Parameters.AddWithValue("$m", a.ChannelMessageId);
                await using var reader = await seen.ExecuteReaderAsync();
                if (await reader.ReadAsync())
                {
                    return new AppendResult(TranscriptReader.Read(reader), Duplicate: true);
                }
            }

            var (last, conversationId, channelId, awaitingSensitive) = await AllocateAsync(a.Key, 1, now, null, null);

            // The first write is already masked: the text as typed goes in only encrypted, for the turn to read.
            var activity = a.Activity;
            string? sealedText = null;
            if (string.Equals(activity.Type, ActivityTypes.Message, StringComparison.Ordinal) && activity.Text is { Length: > 0 } typed)
            {
                (var stored, sealedText) = protection.Seal(typed, awaitingSensitive);
                activity = activity with { Text = stored };
            }

            var entry = await InsertAsync(a.Key, conversationId, channelId, last, activity, inbound: true, a.ChannelMessageId, now, sealedText);
            if (sealedText is null || ActivityJson.Deserialize(entry.Json) is not { } echo)
            {
                return new AppendResult(entry, Duplicate: false);
            }

            return new AppendResult(entry, Duplicate: false)
            {
                Echo = new TranscriptEntry
                {
                    Id = entry.Id,
                    ConversationKey = entry.ConversationKey,
                    Seq = entry.Seq,
                    ActivityId = entry.ActivityId,
                    Inbound = true,
                    Type = entry.Type,
                    ChannelMessageId = entry.ChannelMessageId,
                    Pending = true,
                    Json = ActivityJson.Serialize(echo with { Text = a.Activity.Text }),
                    Timestamp = entry.Timestamp,
                },
            };
        }

        public async Task<object?> CommitTurnAsync(CommitTurn c, DateTimeOffset now)
        {
            var (last, conversationId, channelId, _) = await AllocateAsync(c.Key, c.Replies.Count, now, c.DialogState, c.ExpectedVersion, c.AwaitingSensitive);
            var stored = new List<TranscriptEntry>(c.Replies.Count);
            var seq = last - c.Replies.Count;
            foreach (var reply in c.Replies)
            {
                stored.Add(await InsertAsync(c.Key, conversationId, channelId, ++seq, reply, inbound: false, null, now));
            }

            if (c.InboundEntryId is { } id)
            {
                await MarkAnsweredAsync(new MarkAnswered(id));
                if (c.RedactedInboundJson is { } json)
                {
                    await using var redact = Command("UPDATE transcript SET Json = $j WHERE Id = $id");
                    redact.Parameters.AddWithValue("$j", json);
                    redact.Parameters.AddWithValue("$id", id);
                    await redact.ExecuteNonQueryAsync();
                }
            }

            return stored;
        }

        public async Task<object?> AppendOutboundAsync(AppendOutbound o, DateTimeOffset now)
        {
            var (last, conversationId, channelId, _) = await AllocateAsync(o.Key, o.Messages.Count, now, null, null);
            var stored = new List<TranscriptEntry>(o.Messages.Count);
            var seq = last - o.Messages.Count;
            foreach (var message in o.Messages)
            {
                stored.Add(await InsertAsync(o.Key, conversationId, channelId, ++seq, message, inbound: false, null, now));
            }

            return stored;
        }

        public async Task<object?> MarkAnsweredAsync(MarkAnswered m)
        {
            // The text as typed is no longer needed once the turn is committed.
            await using var command = Command("UPDATE transcript SET Pending = 0, SealedText = NULL WHERE Id = $id");
            command.Parameters.AddWithValue("$id", m.InboundEntryId);
            await command.ExecuteNonQueryAsync();
            return null;
        }

        /// <summary>Hands out <paramref name="count"/> sequence numbers; with a state, also checks and bumps its version.</summary>
        private async Task<(long Last, string ConversationId, string ChannelId, bool AwaitingSensitive)> AllocateAsync(
            string key, int count, DateTimeOffset now, string? state, long? expectedVersion, bool awaitingSensitive = false)
        {
            var sql = expectedVersion is null
                ? "UPDATE conversations SET LastSeq = LastSeq + $n, UpdatedAt = $now WHERE Key = $k RETURNING LastSeq, ConversationId, ChannelId, AwaitingSensitive"
                : "UPDATE conversations SET LastSeq = LastSeq + $n, UpdatedAt = $now, DialogState = $s, StateVersion = StateVersion + 1, AwaitingSensitive = $a " +
                  "WHERE Key = $k AND StateVersion = $v RETURNING LastSeq, ConversationId, ChannelId, AwaitingSensitive";
            await using var command = Command(sql);
            command.Parameters.AddWithValue("$n", count);
            command.Parameters.AddWithValue("$now", SqliteConnectionFactory.FormatTime(now));
            command.Parameters.AddWithValue("$k", key);
            if (expectedVersion is { } version)
            {
                command.Parameters.AddWithValue("$s", (object?)state ?? DBNull.Value);
                command.Parameters.AddWithValue("$v", version);
                command.Parameters.AddWithValue("$a", awaitingSensitive ? 1 : 0);
            }

            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw expectedVersion is null
                    ? new KeyNotFoundException($"Conversation {key} does not exist.")
                    : new ConcurrencyConflictException($"Conversation state changed since version {expectedVersion}.");
            }

            return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0);
        }

        private async Task<TranscriptEntry> InsertAsync(
            string key, string conversationId, string channelId, long seq, Activity activity, bool inbound, string? channelMessageId, DateTimeOffset now,
            string? sealedText = null)
        {
            var id = $"{conversationId}|{seq:D7}";
            var stamped = activity with
            {
                Id = id,
                Timestamp = now,
                ChannelId = activity.ChannelId ?? channelId,
                Conversation = (activity.Conversation ?? new ConversationAccount()) with { Id = conversationId },
            };
            var entry = new TranscriptEntry
            {
                ConversationKey = key,
                Seq = seq,
                ActivityId = id,
                Inbound = inbound,
                Type = activity.Type,
                ChannelMessageId = channelMessageId,
                Pending = inbound,
                Json = ActivityJson.Serialize(stamped),
                SealedText = sealedText,
                Timestamp = now,
            };
            await using var command = Command(
                "INSERT INTO transcript (ConversationKey, Seq, ActivityId, Inbound, Type, ChannelMessageId, Pending, Json, Timestamp, SealedText) " +
                "VALUES ($k, $seq, $id, $in, $t, $m, $p, $j, $ts, $sealed) RETURNING Id");
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$seq", seq);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$in", inbound ? 1 : 0);
            command.Parameters.AddWithValue("$t", entry.Type);
            command.Parameters.AddWithValue("$m", (object?)channelMessageId ?? DBNull.Value);
            command.Parameters.AddWithValue("$p", inbound ? 1 : 0);
            command.Parameters.AddWithValue("$j", entry.Json);
            command.Parameters.AddWithValue("$ts", SqliteConnectionFactory.FormatTime(now));
            command.Parameters.AddWithValue("$sealed", (object?)sealedText ?? DBNull.Value);
            entry.Id = (long)(await command.ExecuteScalarAsync())!;
            return entry;
        }
    }
}
