using System.Text.Json.Serialization;

namespace RightsBot.Staff.Api;

/// <summary>Body of staff API calls that carry text (a message to the worker, a private note).</summary>
public sealed record StaffTextRequest([property: JsonPropertyName("text")] string? Text);
