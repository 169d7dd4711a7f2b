using System.Text.Json.Serialization;

namespace RightsBot.Channels.DirectLine.Protocol;

/// <summary>Direct Line's Conversation object: returned by start, reconnect and token generation.</summary>
public sealed record ConversationResponse
{
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }
    [JsonPropertyName("token")] public required string Token { get; init; }
    [JsonPropertyName("expires_in")] public required int ExpiresIn { get; init; }
    [JsonPropertyName("streamUrl")] public string? StreamUrl { get; init; }
}
