using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RightsBot.Hosting;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// Wires Direct Line 3.0: options, tokens, CORS for Web Chat, WebSockets and the rate limits: new conversations per
/// client address, and a separate, more generous budget for token refreshes, starts and reconnects (so a page that
/// refreshes its token never eats the budget for new conversations).
/// </summary>
public static class DirectLineRegistration
{
    public const string CorsPolicy = "directline";
    public const string NewConversationLimit = "directline-new-conversation";
    public const string TokenRequestLimit = "directline-token";

    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DirectLineLimitsOptions>().BindConfiguration(DirectLineLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TokenGenerations>();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineLimits>();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, Protocol.DirectLineJsonContext.Default));
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p
            .AllowAnyOrigin()
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(NewConversationLimit, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.NewConversationsPerMinutePerClient;
                return PerClientPerMinute(http, limit);
            });
            o.AddPolicy(TokenRequestLimit, http =>
                PerClientPerMinute(http, http.RequestServices.GetRequiredService<IOptions<DirectLineLimitsOptions>>().Value.TokenRequestsPerMinutePerClient));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClientPerMinute(HttpContext http, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress.Of(http),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public static WebApplication MapDirectLineChannel(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        app.MapDirectLine();
        return app;
    }
}
