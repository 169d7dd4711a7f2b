using System.Text.Json.Serialization;

namespace RightsBot.Handoff;

/// <summary>The value of a <c>handoff.initiate</c> event: why this conversation should reach a person.</summary>
public sealed record HandoffRequest([property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons);
