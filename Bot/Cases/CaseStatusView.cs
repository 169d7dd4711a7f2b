namespace RightsBot.Cases;

/// <summary>What a worker may see of their own case.</summary>
public sealed record CaseStatusView(
    string Number, CaseType Type, CaseStatus Status, ReferralTarget? ReferredTo, string? Outcome, decimal? AmountRecovered,
    IReadOnlyList<(CaseStatus Status, DateTimeOffset At)> History);
