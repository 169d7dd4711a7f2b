using System.Text.Json.Serialization;

namespace RightsBot.Handoff;

/// <summary>Source-generated JSON metadata for handoff events.</summary>
[JsonSerializable(typeof(HandoffRequest))]
internal sealed partial class HandoffJsonContext : JsonSerializerContext;
