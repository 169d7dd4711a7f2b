namespace RightsBot.Reports;

/// <summary>One line of the statistics table (统计表).</summary>
public sealed class StatisticsRow
{
    public required string Period { get; init; }
    public required string Group { get; init; }
    public int Cases { get; set; }
    public long WorkersAffected { get; set; }
    public decimal AmountOwed { get; set; }
    public decimal AmountRecovered { get; set; }
    public int Closed { get; set; }
    public double TotalDaysToClose { get; set; }
    public int Serious { get; set; }
    public int Hardship { get; set; }

    public double? AverageDaysToClose => Closed == 0 ? null : Math.Round(TotalDaysToClose / Closed, 1);

    public void Add(StatisticsRow other)
    {
        Cases += other.Cases;
        WorkersAffected += other.WorkersAffected;
        AmountOwed += other.AmountOwed;
        AmountRecovered += other.AmountRecovered;
        Closed += other.Closed;
        TotalDaysToClose += other.TotalDaysToClose;
        Serious += other.Serious;
        Hardship += other.Hardship;
    }
}
