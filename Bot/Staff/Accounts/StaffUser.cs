using Microsoft.AspNetCore.Identity;

namespace RightsBot.Staff.Accounts;

/// <summary>A union staff member who signs in to the console (ASP.NET Core Identity: hashed password, lockout).</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>How workers and colleagues see this person, e.g. 王老师.</summary>
    public string DisplayName { get; set; } = "工会工作人员";
}
