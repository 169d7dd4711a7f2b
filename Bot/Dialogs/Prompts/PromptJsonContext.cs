using System.Text.Json.Serialization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>Source-generated JSON metadata for prompt options kept on the stack.</summary>
[JsonSerializable(typeof(PromptOptions))]
internal sealed partial class PromptJsonContext : JsonSerializerContext;
