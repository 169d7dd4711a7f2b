namespace RightsBot.Cases;

/// <summary>A failed status look-up, counted to stop guessing (per conversation and per case number).</summary>
public sealed class CaseLookupAttempt
{
    public long Id { get; set; }
    public required string ConversationKey { get; set; }
    public required string Number { get; set; }
    public DateTimeOffset At { get; set; }
}
