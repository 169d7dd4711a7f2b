using Microsoft.AspNetCore.Authorization;

namespace RightsBot.Staff.Accounts;

/// <summary>The signed-in staff account still exists and is not locked or disabled (checked on every request).</summary>
public sealed class ActiveStaffRequirement : IAuthorizationRequirement;
