namespace RightsBot.Staff.Accounts;

/// <summary>Staff roles: 法律援助 (legal aid), 主管 (supervisor), 管理员 (admin).</summary>
public static class StaffRoles
{
    public const string LegalAid = "legal-aid";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    /// <summary>Any staff role (for <c>[Authorize(Roles = …)]</c>).</summary>
    public const string Any = LegalAid + "," + Supervisor + "," + Admin;

    /// <summary>Supervisors and admins.</summary>
    public const string SupervisorOrAdmin = Supervisor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [LegalAid, Supervisor, Admin];

    public static string Label(string role) => role switch
    {
        LegalAid => "法律援助",
        Supervisor => "主管",
        Admin => "管理员",
        _ => role,
    };

    /// <summary>Accepts the code or the Chinese name.</summary>
    public static string? Parse(string? text) => text?.Trim() switch
    {
        LegalAid or "legalaid" or "legal_aid" or "法律援助" => LegalAid,
        Supervisor or "主管" => Supervisor,
        Admin or "管理员" => Admin,
        _ => null,
    };
}
