using RightsBot.Dialogs;
using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>Wires handoff to union staff: the live queue, the turn gate, escalation, after-hours callbacks.</summary>
public static class HandoffRegistration
{
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ServiceHours>();
        builder.Services.AddSingleton<HandoffQueue>();
        builder.Services.AddSingleton<IConversationHolds>(sp => sp.GetRequiredService<HandoffQueue>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HandoffQueue>());
        builder.Services.AddSingleton<QueueNotifier>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueNotifier>());
        builder.Services.AddScoped<HandoffService>();

        // Middleware runs in registration order (after the error boundary and the safety check): the gate first, so a
        // conversation a person holds gets nothing from the bot but a crisis reply.
        builder.Services.AddScoped<ITurnMiddleware, HandoffGateMiddleware>();
        builder.Services.AddScoped<ITurnMiddleware, EscalationMiddleware>();

        builder.Services.AddSingleton<Dialog, CallbackDialog>();
        foreach (var prompt in CallbackDialog.Prompts())
        {
            builder.Services.AddSingleton(prompt);
        }

        return builder;
    }
}
