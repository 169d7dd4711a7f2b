using RightsBot.Cases;

namespace RightsBot.Reports;

/// <summary>Which cases an export or statistics table covers (dates are registration dates in China time, inclusive).</summary>
public sealed record ExportFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? Industry { get; init; }
    public CaseStatus? Status { get; init; }
    public CaseSource? Source { get; init; }
    public CaseType? Type { get; init; }

    /// <summary>Synthetic demo cases are left out unless asked for.</summary>
    public bool IncludeDemo { get; init; }
}
