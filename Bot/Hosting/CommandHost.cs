using Microsoft.Extensions.Logging.Console;
using RightsBot.Storage;

namespace RightsBot.Hosting;

/// <summary>
/// The host for command-line runs (<c>export</c>, <c>demo seed</c>, <c>staff add</c>, <c>kb unanswered</c>, <c>ask</c>):
/// the bot's services without a web server and without its background jobs (turn scheduler, outbox, retention,
/// Telegram polling and callback answers, queue reminders, the first-admin link, knowledge warm-up). A command run
/// beside the live bot on the same database is then never a second bot: it binds no port and only the database
/// migration runs at start, plus the jobs a command names itself (<c>ask</c> needs the turn scheduler).
/// Logs go to stderr (warnings and up) so stdout stays clean.
/// </summary>
internal static class CommandHost
{
    public static IHost Create(string[] args, params Type[] background)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ApplicationName = typeof(BotApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Quiet(builder);
        BotApplication.AddFeatures(builder);

        // One place decides what runs: every feature's hosted services go, the migration and the named jobs come back.
        foreach (var hosted in builder.Services.Where(d => d.ServiceType == typeof(IHostedService)).ToList())
        {
            builder.Services.Remove(hosted);
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        foreach (var type in background)
        {
            if (!typeof(IHostedService).IsAssignableFrom(type))
            {
                throw new ArgumentException($"{type.Name} is not a hosted service.", nameof(background));
            }

            builder.Services.AddSingleton(sp => (IHostedService)sp.GetRequiredService(type));
        }

        // The web-only services (Blazor, endpoints) stay registered but are never resolved here, so they are not
        // checked at build time (they would ask for the web host's environment).
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false }));
        return builder.Build();
    }

    /// <summary>Command-line logging and <c>Hosting:Command</c> (features skip what only serving needs).</summary>
    public static void Quiet(IHostApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Hosting:Command"] = "true",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
