namespace RightsBot.Handoff;

/// <summary>Who is acting on the staff side, and from where (for the audit log).</summary>
public sealed record StaffActor(string UserId, string UserName, string DisplayName, IReadOnlySet<string> Roles, string? Origin)
{
    public bool IsSupervisor => Roles.Contains(Staff.Accounts.StaffRoles.Supervisor) || Roles.Contains(Staff.Accounts.StaffRoles.Admin);
}
