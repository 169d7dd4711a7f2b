using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>
/// A Bot Framework activity as it travels on the wire (camelCase JSON, nulls omitted).
/// Unknown fields are kept in <see cref="Extra"/> so they round-trip unchanged.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string Type { get; init; } = ActivityTypes.Message;
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; init; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; init; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<JsonElement>? Entities { get; init; }
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }

    /// <summary>Fields this server does not model; kept so they round-trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The client's own id for a posted activity (Web Chat's <c>channelData.clientActivityID</c>), if any.</summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>Creates a bot message with optional suggested actions.</summary>
    public static Activity BotMessage(string text, IReadOnlyList<CardAction>? actions = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        Locale = "zh-CN",
        InputHint = inputHint ?? (actions is { Count: > 0 } ? InputHints.ExpectingInput : InputHints.AcceptingInput),
        SuggestedActions = actions is { Count: > 0 } ? new SuggestedActions { Actions = actions } : null,
    };
}
