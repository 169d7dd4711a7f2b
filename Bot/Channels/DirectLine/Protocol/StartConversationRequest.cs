using System.Text.Json.Serialization;
using RightsBot.Activities;

namespace RightsBot.Channels.DirectLine.Protocol;

/// <summary>The optional body of <c>POST /conversations</c> and <c>POST /tokens/generate</c>.</summary>
public sealed record StartConversationRequest
{
    [JsonPropertyName("user")] public ChannelAccount? User { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
}
