using System.Text.Json.Serialization;

namespace RightsBot.Channels.DirectLine.Protocol;

/// <summary>Source-generated JSON metadata for Direct Line wire types.</summary>
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceResponse))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
