namespace RightsBot.Reports;

/// <summary>The period of a statistics table's rows.</summary>
public enum StatisticsPeriod
{
    Month,
    Quarter,
}
