namespace RightsBot.Handoff;

/// <summary>What the worker left outside service hours (the phone number only as its mask).</summary>
public sealed record CallbackState
{
    public string? Message { get; init; }
}
