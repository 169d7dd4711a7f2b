using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using RightsBot.Channels.Delivery;

namespace RightsBot.Channels.WeChat;

/// <summary>Wires the WeChat Official Account channel when its Token is configured.</summary>
public static class WeChatRegistration
{
    public const string HttpClientName = "wechat";

    /// <summary>The client for media a message points at (PicUrl): its own primary handler checks where it connects.</summary>
    public const string MediaHttpClientName = "wechat-media";

    public static IHostApplicationBuilder AddWeChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(WeChatOptions.SectionName).Get<WeChatOptions>() ?? new WeChatOptions();
        if (!options.IsConfigured)
        {
            return builder;
        }

        var delivery = DeliveryRegistration.ReadOptions(builder.Configuration);
        builder.Services.AddChannelHttpClient(HttpClientName, delivery);
        builder.Services.AddChannelHttpClient(MediaHttpClientName, delivery).ConfigurePrimaryHttpMessageHandler(sp =>
            WeChatMediaConnections.CreateHandler(sp.GetRequiredService<IOptions<WeChatOptions>>().Value.MediaBlockPrivateAddresses));

        // The standard resilience pipeline of a named client takes its options under "{client}-standard".
        builder.Services.PostConfigure<HttpStandardResilienceOptions>(MediaHttpClientName + "-standard", WeChatMediaConnections.DoNotRetryRefusals);
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<WeChatOptions>>().Value;
            return new WeChatCrypto(o.Token!, o.EncodingAesKey, o.AppId ?? string.Empty);
        });
        builder.Services.AddSingleton<WeChatReplayGuard>();
        builder.Services.AddSingleton<WeChatMediaPolicy>();
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
