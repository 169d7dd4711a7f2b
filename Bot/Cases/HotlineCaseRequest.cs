using System.Text.Json.Serialization;

namespace RightsBot.Cases;

/// <summary>A case taken by phone on the hotline, as POSTed to <c>/api/cases</c>.</summary>
public sealed record HotlineCaseRequest
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("anonymous")] public bool Anonymous { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("idNumber")] public string? IdNumber { get; init; }
    [JsonPropertyName("employer")] public string? Employer { get; init; }
    [JsonPropertyName("projectName")] public string? ProjectName { get; init; }
    [JsonPropertyName("generalContractor")] public string? GeneralContractor { get; init; }
    [JsonPropertyName("foreman")] public string? Foreman { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("industry")] public string? Industry { get; init; }
    [JsonPropertyName("job")] public string? Job { get; init; }
    [JsonPropertyName("workedFrom")] public DateOnly? WorkedFrom { get; init; }
    [JsonPropertyName("workedTo")] public DateOnly? WorkedTo { get; init; }
    [JsonPropertyName("stillWorking")] public bool StillWorking { get; init; }
    [JsonPropertyName("amountOwed")] public string? AmountOwed { get; init; }
    [JsonPropertyName("workersAffected")] public int? WorkersAffected { get; init; }
    [JsonPropertyName("evidence")] public IReadOnlyList<string>? Evidence { get; init; }
    [JsonPropertyName("complainedTo")] public string? ComplainedTo { get; init; }
    [JsonPropertyName("wants")] public string? Wants { get; init; }
    [JsonPropertyName("hardshipReason")] public string? HardshipReason { get; init; }
    [JsonPropertyName("householdSize")] public int? HouseholdSize { get; init; }
    [JsonPropertyName("monthlyIncome")] public decimal? MonthlyIncome { get; init; }
}
