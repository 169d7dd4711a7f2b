namespace RightsBot.Channels.Delivery;

/// <summary>The kinds of <see cref="DeliveryOutcome"/>.</summary>
public enum DeliveryResult
{
    /// <summary>The channel accepted the part.</summary>
    Sent,

    /// <summary>A passing failure (timeout, 5xx, 429, circuit open): try again later, from the same part.</summary>
    RetryLater,

    /// <summary>The channel will not take messages until the worker writes again; keep them waiting.</summary>
    Hold,

    /// <summary>The channel refused this message for good (malformed request); it is logged and skipped.</summary>
    Rejected,
}
