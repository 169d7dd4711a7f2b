using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
