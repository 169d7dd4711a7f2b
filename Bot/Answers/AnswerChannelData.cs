using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>The <c>channelData</c> of a message carrying an <see cref="AnswerMarker"/>.</summary>
public sealed record AnswerChannelData([property: JsonPropertyName("rightsbot")] AnswerMarker RightsBot);
