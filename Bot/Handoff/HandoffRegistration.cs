using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>Wires escalation signalling (the staff side of handoff is separate work).</summary>
public static class HandoffRegistration
{
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ITurnMiddleware, EscalationMiddleware>();
        return builder;
    }
}
