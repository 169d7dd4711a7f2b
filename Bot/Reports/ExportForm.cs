namespace RightsBot.Reports;

/// <summary>The console's export form (checkboxes arrive as "on").</summary>
public sealed class ExportForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Format { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? Industry { get; set; }
    public string? Status { get; set; }
    public string? Source { get; set; }
    public string? Type { get; set; }
    public string? IncludeDemo { get; set; }
    public string? Full { get; set; }
    public string? Reason { get; set; }
    public string? Period { get; set; }
    public string? Group { get; set; }
    public string? Publication { get; set; }
}
