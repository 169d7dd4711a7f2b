using System.Text.Json.Serialization;

namespace RightsBot.Channels.WeChat;

/// <summary>Source-generated JSON metadata for the WeChat APIs (snake_case on the wire).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WeChatApiResponse))]
[JsonSerializable(typeof(WeChatTextMessage))]
internal sealed partial class WeChatJsonContext : JsonSerializerContext;
