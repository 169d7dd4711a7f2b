using Microsoft.EntityFrameworkCore;

namespace RightsBot.Storage;

/// <summary>
/// Applies pending migrations and switches SQLite to WAL before the host starts serving. Says whether it created the
/// database, upgraded it or found it current, with the schema version (the last migration).
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var version = pending.LastOrDefault() ?? applied.LastOrDefault() ?? "none";
        if (applied.Count == 0)
        {
            Log.Created(logger, version);
        }
        else if (pending.Count > 0)
        {
            Log.Upgraded(logger, version, pending.Count);
        }
        else
        {
            Log.UpToDate(logger, version);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database is up to date (schema version {Version})")]
        public static partial void UpToDate(ILogger logger, string version);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Database created (schema version {Version})")]
        public static partial void Created(ILogger logger, string version);

        [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Database upgraded to schema version {Version} ({Count} migrations applied)")]
        public static partial void Upgraded(ILogger logger, string version, int count);
    }
}
