namespace RightsBot.Reports;

/// <summary>What the rows of a statistics table are grouped by.</summary>
public enum StatisticsGrouping
{
    Region,
    Industry,
}
