using System.ComponentModel.DataAnnotations;

namespace RightsBot.Channels.Delivery;

/// <summary>
/// How messages reach Telegram and WeChat: the resilience of each HTTP call (timeouts, quick retries with jitter, circuit
/// breaker) and, above it, the outbox's own durable retry for longer outages.
/// </summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Channels:Delivery";

    /// <summary>The longest one HTTP attempt may take.</summary>
    [Range(0.05, 120)]
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>The longest one call may take, quick retries included.</summary>
    [Range(0.1, 600)]
    public double TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Quick retries inside one call (5xx, 408, timeouts, network errors, 429 with a short Retry-After).</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay of the quick retries (exponential, with jitter).</summary>
    [Range(0.01, 30)]
    public double RetryDelaySeconds { get; set; } = 0.5;

    /// <summary>A 429 asking to wait longer than this is not retried inside the call; the outbox waits instead.</summary>
    [Range(0, 60)]
    public double MaxInlineRetryAfterSeconds { get; set; } = 5;

    /// <summary>First wait of the outbox after a failed send; doubles per failure up to <see cref="MaxBackoffSeconds"/>.</summary>
    [Range(0.01, 3600)]
    public double BackoffSeconds { get; set; } = 5;

    [Range(0.1, 86400)]
    public double MaxBackoffSeconds { get; set; } = 600;

    /// <summary>How often the outbox looks for messages still to send (it also wakes at once when one is committed).</summary>
    [Range(0.05, 3600)]
    public double SweepSeconds { get; set; } = 1;

    /// <summary>Conversations delivered in parallel (one message at a time, in order, within each).</summary>
    [Range(1, 256)]
    public int MaxParallelConversations { get; set; } = 4;
}
