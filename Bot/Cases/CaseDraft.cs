namespace RightsBot.Cases;

/// <summary>What a worker (or a hotline operator) gave for a new case, in plain form, before it is registered.</summary>
public sealed record CaseDraft
{
    public CaseType Type { get; init; } = CaseType.WageArrears;
    public bool Anonymous { get; init; }
    public string? Name { get; init; }

    /// <summary>11 digits, normalised.</summary>
    public string? Phone { get; init; }

    /// <summary>18 characters, checksum-validated.</summary>
    public string? IdNumber { get; init; }

    public string? Employer { get; init; }
    public string? ProjectName { get; init; }
    public string? GeneralContractor { get; init; }
    public string? Foreman { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public string? Industry { get; init; }
    public string? Job { get; init; }
    public DateOnly? WorkedFrom { get; init; }
    public DateOnly? WorkedTo { get; init; }
    public bool StillWorking { get; init; }
    public decimal? AmountOwedLow { get; init; }
    public decimal? AmountOwedHigh { get; init; }
    public int? WorkersAffected { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public string? ComplainedTo { get; init; }
    public string? Wants { get; init; }
    public string? HardshipReason { get; init; }
    public int? HouseholdSize { get; init; }
    public decimal? MonthlyIncome { get; init; }
    public IReadOnlyList<string> AttachmentIds { get; init; } = [];
}
