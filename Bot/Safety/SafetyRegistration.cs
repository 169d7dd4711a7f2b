using RightsBot.Turns;

namespace RightsBot.Safety;

/// <summary>Adds the crisis check to every turn (after the error boundary, before the bot).</summary>
public static class SafetyRegistration
{
    public static IHostApplicationBuilder AddSafety(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ITurnMiddleware, SafetyMiddleware>();
        return builder;
    }
}
