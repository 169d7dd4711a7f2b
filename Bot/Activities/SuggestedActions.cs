using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>Buttons offered with a message; the client shows them for the latest bot message only.</summary>
public sealed record SuggestedActions
{
    [JsonPropertyName("to")] public IReadOnlyList<string>? To { get; init; }
    [JsonPropertyName("actions")] public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
