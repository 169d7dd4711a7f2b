namespace RightsBot.Reports.Dashboard;

/// <summary>What the console's 概况 page shows: today's queue and cases, and the four charts.</summary>
public sealed record DashboardData(
    int Waiting,
    int Held,
    int HandoffsToday,
    double? MedianWaitTodayMinutes,
    int? LongestWaitNowMinutes,
    int CasesToday,
    int CasesThisWeek,
    int OpenCases,
    int OpenSerious,
    IReadOnlyList<ChartBar> CasesPerWeek,
    IReadOnlyList<ChartBar> OwedByRegion,
    IReadOnlyList<ChartBar> StatusFunnel,
    IReadOnlyList<ChartBar> FirstReplyMinutesPerWeek,
    IReadOnlyList<ChartBar> OverdueByRegion);
