using Microsoft.Data.Sqlite;

namespace RightsBot.Storage;

/// <summary>Opens connections to the bot's SQLite file with the per-connection pragmas set.</summary>
public sealed class SqliteConnectionFactory(string connectionString)
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA secure_delete=ON;";

    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// A pooled connection for reading (WAL lets readers run beside the writer). It gets SQLite's own busy handler,
    /// which retries in milliseconds; without it Microsoft.Data.Sqlite retries a busy statement after a 150 ms sleep.
    /// </summary>
    public async Task<SqliteConnection> OpenReadAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=10000;";
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>A connection for writing, with the durability pragmas set.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>The <c>DateTimeOffset</c> text form EF Core's SQLite provider reads and writes.</summary>
    public static string FormatTime(DateTimeOffset value) =>
        value.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
