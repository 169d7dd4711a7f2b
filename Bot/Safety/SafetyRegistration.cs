using RightsBot.Turns;

namespace RightsBot.Safety;

/// <summary>
/// Adds the crisis check to every turn: after the error boundary and before everything else, the handoff gate included
/// (so a crisis is answered even while staff hold the conversation). Register it right after the turns.
/// </summary>
public static class SafetyRegistration
{
    public static IHostApplicationBuilder AddSafety(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ITurnMiddleware, SafetyMiddleware>();
        return builder;
    }
}
