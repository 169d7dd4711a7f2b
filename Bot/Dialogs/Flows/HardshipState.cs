namespace RightsBot.Dialogs.Flows;

/// <summary>The answers of a 困难帮扶申请 in progress (name and phone encrypted).</summary>
public sealed record HardshipState
{
    public string SubmissionKey { get; init; } = Guid.NewGuid().ToString("N");
    public string? Consent { get; init; }
    public string? Reason { get; init; }
    public bool HouseholdAnswered { get; init; }
    public int? Household { get; init; }
    public bool IncomeAnswered { get; init; }
    public decimal? Income { get; init; }
    public string? Location { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public string? NameProtected { get; init; }
    public bool NameAnswered { get; init; }
    public string? PhoneProtected { get; init; }
    public string? PhoneMasked { get; init; }
}
