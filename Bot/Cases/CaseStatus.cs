namespace RightsBot.Cases;

/// <summary>Where a case stands: 已登记 → 已受理 → 已转办 → 已办结, or 不予受理.</summary>
public enum CaseStatus
{
    Registered,
    Accepted,
    Referred,
    Closed,
    Rejected,
}
