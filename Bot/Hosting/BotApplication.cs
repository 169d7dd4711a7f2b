using RightsBot.Answers;
using RightsBot.Cases;
using RightsBot.Channels;
using RightsBot.Privacy;
using RightsBot.Reports;
using RightsBot.Channels.DirectLine;
using RightsBot.Dialogs.Flows;
using RightsBot.Handoff;
using RightsBot.Model;
using RightsBot.Safety;
using RightsBot.Staff;
using RightsBot.Storage;
using RightsBot.Turns;
using RightsBot.WebChat;

namespace RightsBot.Hosting;

/// <summary>Composes the host from the feature folders. Each feature owns its own wiring.</summary>
public static class BotApplication
{
    /// <summary>Builds the web host. <paramref name="configure"/> lets tests add configuration before services are wired.</summary>
    public static WebApplication Create(string[] args, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // Named after the bot, not its host process (tests run in testhost): static web asset manifests use it.
            ApplicationName = typeof(BotApplication).Assembly.GetName().Name,
            // appsettings.json sits beside the binaries, so the host finds it whatever the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        AddFeatures(builder);

        var app = builder.Build();
        app.MapHosting();
        app.MapWebChat();
        app.MapDirectLineChannel();
        app.MapMessagingChannels();
        app.MapCases();
        app.MapStaff();
        app.MapReports();
        return app;
    }

    /// <summary>Every feature's services; the web host and the command host (<see cref="CommandHost"/>) share them.</summary>
    internal static void AddFeatures(IHostApplicationBuilder builder)
    {
        builder.AddHosting();
        builder.AddStorage();
        builder.AddPrivacy();
        builder.AddTurns();
        builder.AddSafety();
        builder.AddHandoff();
        builder.AddModel();
        builder.AddAnswers();
        builder.AddCases();
        builder.AddReports();
        builder.AddFlows();
        builder.AddDirectLine();
        builder.AddMessagingChannels();
        builder.AddStaff();
    }
}
