namespace RightsBot.Reports.Dashboard;

/// <summary>One bar of a dashboard chart: its label, value, and how the value reads.</summary>
public sealed record ChartBar(string Label, double Value, string Text);
