using System.Text.Json.Serialization;

namespace RightsBot.Channels.DirectLine.Protocol;

/// <summary>The id of an activity the server accepted.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);
