using Microsoft.Data.Sqlite;

namespace RightsBot.Storage;

/// <summary>Reads <see cref="TranscriptEntry"/> rows with plain SQL.</summary>
internal static class TranscriptReader
{
    public const string SelectSql =
        "SELECT Id, ConversationKey, Seq, ActivityId, Inbound, Type, ChannelMessageId, Pending, Json, Timestamp, SealedText FROM transcript";

    public static TranscriptEntry Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ConversationKey = reader.GetString(1),
        Seq = reader.GetInt64(2),
        ActivityId = reader.GetString(3),
        Inbound = reader.GetInt64(4) != 0,
        Type = reader.GetString(5),
        ChannelMessageId = reader.IsDBNull(6) ? null : reader.GetString(6),
        Pending = reader.GetInt64(7) != 0,
        Json = reader.GetString(8),
        Timestamp = SqliteConnectionFactory.ParseTime(reader.GetString(9)),
        SealedText = reader.IsDBNull(10) ? null : reader.GetString(10),
    };
}
