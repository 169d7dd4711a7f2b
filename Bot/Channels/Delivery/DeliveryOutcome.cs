namespace RightsBot.Channels.Delivery;

/// <summary>What became of one attempt to hand a message part to a channel.</summary>
public sealed record DeliveryOutcome(DeliveryResult Result, TimeSpan? RetryAfter = null, string? Reason = null)
{
    public static DeliveryOutcome Sent { get; } = new(DeliveryResult.Sent);

    public static DeliveryOutcome Later(TimeSpan? retryAfter, string reason) => new(DeliveryResult.RetryLater, retryAfter, reason);

    public static DeliveryOutcome Hold(string reason) => new(DeliveryResult.Hold, null, reason);

    public static DeliveryOutcome Reject(string reason) => new(DeliveryResult.Rejected, null, reason);
}
