using System.ComponentModel.DataAnnotations;

namespace RightsBot.Staff.Accounts;

/// <summary>Staff console settings (section <c>Staff</c>).</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>Login attempts allowed per minute from one address (form and API together).</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
