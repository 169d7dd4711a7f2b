using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace RightsBot.Activities;

/// <summary>The one set of JSON options for activities: camelCase names, nulls omitted, Chinese left readable.</summary>
public static class ActivityJson
{
    private static readonly ActivityJsonContext Context = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static JsonSerializerOptions Options => Context.Options;

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Context.Activity);

    public static byte[] SerializeToUtf8(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, Context.Activity);

    /// <summary>Parses an activity; returns null for JSON that is not an object.</summary>
    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Activity);
}
