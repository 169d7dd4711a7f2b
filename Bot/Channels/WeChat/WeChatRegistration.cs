using Microsoft.Extensions.Options;
using RightsBot.Channels.Delivery;

namespace RightsBot.Channels.WeChat;

/// <summary>Wires the WeChat Official Account channel when its Token is configured.</summary>
public static class WeChatRegistration
{
    public const string HttpClientName = "wechat";

    public static IHostApplicationBuilder AddWeChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(WeChatOptions.SectionName).Get<WeChatOptions>() ?? new WeChatOptions();
        if (!options.IsConfigured)
        {
            return builder;
        }

        builder.Services.AddChannelHttpClient(HttpClientName, DeliveryRegistration.ReadOptions(builder.Configuration));
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<WeChatOptions>>().Value;
            return new WeChatCrypto(o.Token!, o.EncodingAesKey, o.AppId ?? string.Empty);
        });
        builder.Services.AddSingleton<WeChatApi>();
        builder.Services.AddSingleton<WeChatAccessTokens>();
        builder.Services.AddSingleton<IChannelSender, WeChatSender>();
        builder.Services.AddScoped<WeChatConversations>();
        return builder;
    }

    /// <summary>Maps the server URL when the channel is on; otherwise the route does not exist (404).</summary>
    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<WeChatOptions>>().Value.IsConfigured)
        {
            app.MapWeChatEndpoints();
        }

        return app;
    }
}
