using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RightsBot.Activities;

namespace RightsBot.Hosting;

/// <summary>Service defaults: configuration file, logging, problem details, health, time, metrics.</summary>
public static class HostingRegistration
{
    public static IHostApplicationBuilder AddHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ActivityJson.Options.TypeInfoResolver!);
            o.SerializerOptions.Encoder = ActivityJson.Options.Encoder;
        });
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.IncludeScopes = false;
        });
        return builder;
    }

    public static WebApplication MapHosting(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
