using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace RightsBot.Staff.Accounts;

/// <summary>Creates staff accounts (command line, first-admin setup, admin page) with their role.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<IdentityResult> CreateAsync(string userName, string displayName, string password, string role, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await EnsureRolesAsync();
        var user = new StaffUser { UserName = userName.Trim(), DisplayName = string.IsNullOrWhiteSpace(displayName) ? "工会工作人员" : displayName.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRoleAsync(user, role);
    }

    public Task<bool> AnyAsync(CancellationToken ct) => users.Users.AnyAsync(ct);

    public async Task<IReadOnlyList<(StaffUser User, IList<string> Roles)>> ListAsync(CancellationToken ct)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<(StaffUser, IList<string>)>(all.Count);
        foreach (var user in all)
        {
            result.Add((user, await users.GetRolesAsync(user)));
        }

        return result;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
