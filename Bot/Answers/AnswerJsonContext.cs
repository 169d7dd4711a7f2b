using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>Source-generated JSON metadata for answer markers.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnswerChannelData))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
