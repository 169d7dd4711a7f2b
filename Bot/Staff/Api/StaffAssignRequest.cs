using System.Text.Json.Serialization;

namespace RightsBot.Staff.Api;

/// <summary>Body of <c>POST /api/staff/conversations/{id}/assign</c>: the colleague's user name.</summary>
public sealed record StaffAssignRequest([property: JsonPropertyName("user")] string? User);
