using System.Text.Json.Serialization;

namespace RightsBot.Cases;

/// <summary>A status change POSTed to <c>/api/cases/{number}/status</c>.</summary>
public sealed record StatusChangeRequest
{
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("referredTo")] public string? ReferredTo { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("amountRecovered")] public decimal? AmountRecovered { get; init; }
}
