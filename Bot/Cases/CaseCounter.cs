namespace RightsBot.Cases;

/// <summary>The last case number handed out per prefix and year.</summary>
public sealed class CaseCounter
{
    public required string Prefix { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
