namespace RightsBot.Cases;

/// <summary>The result of a status look-up: found, or not (never saying which part was wrong), or too many tries.</summary>
public sealed record LookupOutcome(CaseStatusView? Case, bool TooManyAttempts)
{
    public static LookupOutcome NotFound { get; } = new(null, false);
    public static LookupOutcome Blocked { get; } = new(null, true);
}
