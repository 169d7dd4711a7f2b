namespace RightsBot.Cases;

/// <summary>
/// One case: a wage-arrears report or a hardship application, from any channel or the hotline. Name, phone and ID
/// number are stored encrypted (<c>*Protected</c>) and the phone also as a keyed hash for look-ups; everything else is
/// the minimum staff need to act and the statistics need to count.
/// </summary>
public sealed class CaseRecord
{
    public long Id { get; set; }

    /// <summary>QX-2026-000123 (wage arrears) or KN-2026-000045 (hardship).</summary>
    public required string Number { get; set; }

    public CaseType Type { get; set; }
    public CaseSource Source { get; set; }
    public CaseStatus Status { get; set; }
    public ReferralTarget? ReferredTo { get; set; }

    /// <summary>Identifies one submission so a retried turn cannot register it twice.</summary>
    public required string SubmissionKey { get; set; }

    /// <summary>The conversation the worker reported from (status news goes there); null for hotline cases.</summary>
    public string? ConversationKey { get; set; }

    public bool Anonymous { get; set; }
    public string? NameProtected { get; set; }
    public string? PhoneProtected { get; set; }
    public string? PhoneLookup { get; set; }
    public string? IdNumberProtected { get; set; }

    /// <summary>Hash of the access code given to an anonymous reporter who left no phone number.</summary>
    public string? AccessCodeLookup { get; set; }

    public string? Employer { get; set; }
    public string? ProjectName { get; set; }
    public string? GeneralContractor { get; set; }
    public string? Foreman { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? District { get; set; }
    public string? Industry { get; set; }
    public string? Job { get; set; }
    public DateOnly? WorkedFrom { get; set; }
    public DateOnly? WorkedTo { get; set; }
    public bool StillWorking { get; set; }
    public decimal? AmountOwedLow { get; set; }
    public decimal? AmountOwedHigh { get; set; }
    public int? WorkersAffected { get; set; }
    public string? Evidence { get; set; }
    public string? ComplainedTo { get; set; }
    public string? Wants { get; set; }

    public string? HardshipReason { get; set; }
    public int? HouseholdSize { get; set; }
    public decimal? MonthlyIncome { get; set; }

    public bool Serious { get; set; }

    /// <summary>Why triage marked the case serious, comma-separated codes.</summary>
    public string? SeriousReasons { get; set; }

    /// <summary>Folded employer name and city, to link reports about the same employer or site.</summary>
    public string? EmployerKey { get; set; }
    public string? ProjectKey { get; set; }

    /// <summary>Synthetic demo data, never counted in real statistics.</summary>
    public bool Demo { get; set; }

    public decimal? AmountRecovered { get; set; }
    public string? Outcome { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the worker asked 删除我的信息; personal fields are gone from then on.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; set; }
}
