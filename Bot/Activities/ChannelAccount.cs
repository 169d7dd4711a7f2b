using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>A participant: the user, the bot or the channel.</summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
