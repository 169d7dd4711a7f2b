using System.Text.Json.Serialization;

namespace RightsBot.Staff.Accounts;

/// <summary>Body of <c>POST /api/staff/login</c>.</summary>
public sealed record StaffLoginRequest([property: JsonPropertyName("user")] string? User, [property: JsonPropertyName("password")] string? Password);
