using Microsoft.EntityFrameworkCore;

namespace RightsBot.Storage;

/// <summary>Wires the database: options, the EF Core context on SQLite, migrations at start-up.</summary>
public static class StorageRegistration
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = options.ResolveDataDirectory();
        var databaseFile = Path.Combine(dataDirectory, "rightsbot.db");
        PrivateFiles.PrepareDataDirectory(dataDirectory, databaseFile);
        var connectionString = $"Data Source={databaseFile};Pooling=True";

        builder.Services.AddSingleton<SqlitePragmaInterceptor>();
        builder.Services.AddDbContext<BotDbContext>((sp, db) => db
            .UseSqlite(connectionString)
            .AddInterceptors(sp.GetRequiredService<SqlitePragmaInterceptor>()));
        builder.Services.AddSingleton(new SqliteConnectionFactory(connectionString));
        builder.Services.AddSingleton<TranscriptWriter>();
        builder.Services.AddSingleton<ConversationStore>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }
}
