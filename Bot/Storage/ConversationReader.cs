using Microsoft.Data.Sqlite;

namespace RightsBot.Storage;

/// <summary>Reads <see cref="ConversationRecord"/> rows with plain SQL (the hot path avoids ORM overhead).</summary>
internal static class ConversationReader
{
    public const string SelectSql =
        "SELECT Key, ChannelId, ConversationId, UserId, DialogState, StateVersion, LastSeq, CreatedAt, UpdatedAt FROM conversations WHERE Key = $k";

    public static ConversationRecord Read(SqliteDataReader reader) => new()
    {
        Key = reader.GetString(0),
        ChannelId = reader.GetString(1),
        ConversationId = reader.GetString(2),
        UserId = reader.IsDBNull(3) ? null : reader.GetString(3),
        DialogState = reader.IsDBNull(4) ? null : reader.GetString(4),
        StateVersion = reader.GetInt64(5),
        LastSeq = reader.GetInt64(6),
        CreatedAt = SqliteConnectionFactory.ParseTime(reader.GetString(7)),
        UpdatedAt = SqliteConnectionFactory.ParseTime(reader.GetString(8)),
    };
}
