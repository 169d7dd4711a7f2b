using Microsoft.Extensions.Options;
using RightsBot.Channels.Delivery;

namespace RightsBot.Channels.Telegram;

/// <summary>Wires the Telegram channel when a bot token is configured: webhook or long polling, and its outbox sender.</summary>
public static class TelegramRegistration
{
    public const string HttpClientName = "telegram";
    public const string PollingHttpClientName = "telegram-polling";

    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.IsConfigured)
        {
            return builder;
        }

        var delivery = DeliveryRegistration.ReadOptions(builder.Configuration);
        builder.Services.AddChannelHttpClient(HttpClientName, delivery);
        builder.Services.AddSingleton<TelegramClients>();
        builder.Services.AddSingleton<IChannelSender, TelegramSender>();
        builder.Services.AddScoped<TelegramUpdates>();
        builder.Services.AddSingleton<TelegramCallbackAnswers>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TelegramCallbackAnswers>());
        if (options.IsPolling)
        {
            // A long poll waits up to PollingTimeoutSeconds for news: its attempts may take that long.
            var wait = options.PollingTimeoutSeconds + delivery.AttemptTimeoutSeconds;
            builder.Services.AddChannelHttpClient(PollingHttpClientName, delivery, attemptTimeoutSeconds: wait, totalTimeoutSeconds: wait * 2);
            builder.Services.AddHostedService<TelegramPolling>();
        }

        return builder;
    }

    /// <summary>Maps the webhook in webhook mode; with Telegram off (or polling) the route does not exist (404).</summary>
    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (options.IsConfigured && !options.IsPolling)
        {
            app.MapTelegramWebhook();
        }

        return app;
    }
}
