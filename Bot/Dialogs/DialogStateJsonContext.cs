using System.Text.Json.Serialization;

namespace RightsBot.Dialogs;

/// <summary>Source-generated JSON metadata for the persisted dialog stack.</summary>
[JsonSerializable(typeof(DialogState))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
