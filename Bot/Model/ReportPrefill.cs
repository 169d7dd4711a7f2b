namespace RightsBot.Model;

/// <summary>Report fields a model found in a worker's own story (each still checked before it is used).</summary>
public sealed record ReportPrefill(
    string? Employer, string? ProjectName, string? Location, string? Industry, string? Job, string? Amount, int? Workers, string? WorkedFrom, string? WorkedTo);
