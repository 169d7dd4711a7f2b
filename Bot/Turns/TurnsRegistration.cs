namespace RightsBot.Turns;

/// <summary>Wires the turn pipeline: ingress, scheduler, runner, signals and the error boundary.</summary>
public static class TurnsRegistration
{
    public static IHostApplicationBuilder AddTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ConversationSignals>();
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<ProactiveMessages>();
        builder.Services.AddSingleton<TurnRunner>();
        builder.Services.AddSingleton<TurnScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TurnScheduler>());
        builder.Services.AddScoped<TurnIngress>();
        builder.Services.AddScoped<TurnPipeline>();

        // Middleware runs in registration order; the error boundary is outermost.
        builder.Services.AddScoped<ITurnMiddleware, ErrorBoundaryMiddleware>();
        return builder;
    }
}
