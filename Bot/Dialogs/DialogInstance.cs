using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RightsBot.Dialogs;

/// <summary>One entry on the dialog stack: which dialog, which version of it, and its private state.</summary>
public sealed class DialogInstance
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("state")] public JsonObject State { get; init; } = [];
}
