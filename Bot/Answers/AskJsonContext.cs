using System.Text.Json.Serialization;

namespace RightsBot.Answers;

/// <summary>Source-generated JSON metadata for <c>ask --json</c>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AskResult))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class AskJsonContext : JsonSerializerContext;
