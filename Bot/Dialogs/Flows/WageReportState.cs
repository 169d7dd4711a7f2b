namespace RightsBot.Dialogs.Flows;

/// <summary>
/// The answers of a 反映欠薪 form in progress. Name, phone and ID number are kept encrypted (<c>*Protected</c>)
/// with a masked form for the summary; nothing sensitive sits in the stack in clear.
/// </summary>
public sealed record WageReportState
{
    public const string Skipped = "（未填）";

    public string SubmissionKey { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary><c>agree</c>, <c>anonymous</c> or <c>decline</c>.</summary>
    public string? Consent { get; init; }
    public bool Anonymous { get; init; }
    public string? NameProtected { get; init; }
    public bool NameAnswered { get; init; }

    /// <summary>For anonymous reports: <c>phone</c> or <c>none</c>.</summary>
    public string? ContactMode { get; init; }
    public string? PhoneProtected { get; init; }
    public string? PhoneMasked { get; init; }

    /// <summary>Separate consent for the ID number: <c>yes</c> or <c>no</c>.</summary>
    public string? IdConsent { get; init; }
    public string? IdProtected { get; init; }
    public string? IdMasked { get; init; }

    public string? Employer { get; init; }
    public string? Industry { get; init; }
    public string? ProjectName { get; init; }
    public string? GeneralContractor { get; init; }
    public string? Foreman { get; init; }
    public string? Location { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public string? Job { get; init; }
    public bool WorkedFromAnswered { get; init; }
    public DateOnly? WorkedFrom { get; init; }
    public bool WorkedToAnswered { get; init; }
    public DateOnly? WorkedTo { get; init; }
    public bool StillWorking { get; init; }
    public bool AmountAnswered { get; init; }
    public decimal? AmountLow { get; init; }
    public decimal? AmountHigh { get; init; }
    public bool WorkersAnswered { get; init; }
    public int? Workers { get; init; }
    public List<string>? Evidence { get; init; }
    public string? ComplainedTo { get; init; }
    public string? Wants { get; init; }
    public List<string>? Attachments { get; init; }

    /// <summary>What the worker told before starting the report; used (after consent) to pre-fill fields.</summary>
    public string? Story { get; init; }

    /// <summary>Fields filled in from the story, marked in the summary for the worker to confirm or correct.</summary>
    public List<string>? Prefilled { get; init; }
}
