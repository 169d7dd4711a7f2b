using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace RightsBot.Channels.Delivery;

/// <summary>Wires the channel outbox (cursors, locks, dispatcher) and the resilient HTTP clients channels send with.</summary>
public static class DeliveryRegistration
{
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DeliveryCursors>();
        builder.Services.AddSingleton<DeliveryLocks>();
        builder.Services.AddSingleton<DeliveryDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryDispatcher>());
        return builder;
    }

    public static DeliveryOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection(DeliveryOptions.SectionName).Get<DeliveryOptions>() ?? new DeliveryOptions();

    /// <summary>
    /// A named HttpClient behind Microsoft.Extensions.Http.Resilience: a total and a per-attempt timeout, quick retries
    /// with jitter on 5xx, 408, timeouts and network errors, and on 429 when its Retry-After is short (a longer wait is
    /// left to the outbox, which keeps the message and honours it), and a circuit breaker.
    /// </summary>
    public static IHttpClientBuilder AddChannelHttpClient(
        this IServiceCollection services, string name, DeliveryOptions options, double? attemptTimeoutSeconds = null, double? totalTimeoutSeconds = null)
    {
        var attempt = TimeSpan.FromSeconds(attemptTimeoutSeconds ?? options.AttemptTimeoutSeconds);
        var total = TimeSpan.FromSeconds(Math.Max(totalTimeoutSeconds ?? options.TotalTimeoutSeconds, attempt.TotalSeconds));
        var maxInlineWait = TimeSpan.FromSeconds(options.MaxInlineRetryAfterSeconds);
        var builder = services.AddHttpClient(name, http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddStandardResilienceHandler(r =>
        {
            r.TotalRequestTimeout.Timeout = total;
            r.AttemptTimeout.Timeout = attempt;
            r.Retry.MaxRetryAttempts = options.MaxRetries;
            r.Retry.Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
            r.Retry.BackoffType = DelayBackoffType.Exponential;
            r.Retry.UseJitter = true;
            r.Retry.ShouldRetryAfterHeader = true;
            r.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, maxInlineWait));
            r.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, attempt.TotalSeconds * 2.5));
            r.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(10);
        });
        return builder;
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxInlineWait)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        if (outcome.Result is { StatusCode: System.Net.HttpStatusCode.TooManyRequests } response)
        {
            // Only a short wait given in seconds is waited out here (a date form is left to the outbox as well).
            return response.Headers.RetryAfter?.Delta is { } wait && wait <= maxInlineWait;
        }

        return true;
    }
}
