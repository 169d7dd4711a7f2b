using RightsBot.Channels.Delivery;
using RightsBot.Channels.Telegram;
using RightsBot.Channels.WeChat;

namespace RightsBot.Channels;

/// <summary>
/// The messaging channels beside Direct Line: Telegram and the WeChat Official Account, each on only when configured,
/// and the outbox that delivers every committed message (replies, status news, staff messages) to them.
/// </summary>
public static class ChannelsRegistration
{
    public static IHostApplicationBuilder AddMessagingChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChannelAttachments>();
        builder.AddDelivery();
        builder.AddTelegram();
        builder.AddWeChat();
        return builder;
    }

    public static IEndpointRouteBuilder MapMessagingChannels(this IEndpointRouteBuilder app)
    {
        app.MapTelegram();
        app.MapWeChat();
        return app;
    }
}
