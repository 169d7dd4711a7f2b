using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RightsBot.Channels.DirectLine;

/// <summary>Wires Direct Line 3.0: options, tokens, CORS for Web Chat, WebSockets and the new-conversation rate limit.</summary>
public static class DirectLineRegistration
{
    public const string CorsPolicy = "directline";
    public const string NewConversationLimit = "directline-new-conversation";

    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, Protocol.DirectLineJsonContext.Default));
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p
            .AllowAnyOrigin()
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(NewConversationLimit, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.NewConversationsPerMinutePerClient;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    public static WebApplication MapDirectLineChannel(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        app.MapDirectLine();
        return app;
    }
}
