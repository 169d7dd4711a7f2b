using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>A button. RightsBot uses <c>imBack</c> so the worker sees what they chose.</summary>
public sealed record CardAction
{
    [JsonPropertyName("type")] public string Type { get; init; } = "imBack";
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("value")] public required string Value { get; init; }

    /// <summary>An <c>imBack</c> button whose value is its title.</summary>
    public static CardAction ImBack(string title) => new() { Title = title, Value = title };
}
