using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>A file or card carried by an activity.</summary>
public sealed record Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("content")] public JsonElement? Content { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
