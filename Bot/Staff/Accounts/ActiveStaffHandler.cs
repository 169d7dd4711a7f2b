using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace RightsBot.Staff.Accounts;

/// <summary>
/// Refuses a cookie or bearer token whose account was locked, disabled or deleted after it was issued, so an admin's
/// 停用 takes effect at once rather than when the sign-in expires.
/// </summary>
public sealed class ActiveStaffHandler(UserManager<StaffUser> users) : AuthorizationHandler<ActiveStaffRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveStaffRequirement requirement)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            && await users.FindByIdAsync(id) is { } user
            && !await users.IsLockedOutAsync(user))
        {
            context.Succeed(requirement);
        }
    }
}
