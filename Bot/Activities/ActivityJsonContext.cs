using System.Text.Json.Serialization;

namespace RightsBot.Activities;

/// <summary>Source-generated serialization metadata for activities.</summary>
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
