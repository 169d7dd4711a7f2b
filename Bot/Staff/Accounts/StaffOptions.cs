using System.ComponentModel.DataAnnotations;

namespace RightsBot.Staff.Accounts;

/// <summary>Staff console settings (section <c>Staff</c>), including how failed sign-ins are slowed down.</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>Login attempts allowed per minute from one address (form and API together).</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>
    /// Failed sign-ins for one user name from one address before that address must pause for that name. Other
    /// addresses, and the account itself, are not affected: a stranger cannot lock anyone out.
    /// </summary>
    [Range(1, 1000)]
    public int FailuresBeforePause { get; set; } = 5;

    /// <summary>How long an address pauses for a user name after <see cref="FailuresBeforePause"/> failures.</summary>
    [Range(1, 24 * 60)]
    public int PauseMinutes { get; set; } = 15;

    /// <summary>
    /// Failed sign-ins for one user name from all addresses together before every further attempt on that name waits a
    /// little (1 s, doubling up to <see cref="MaxSlowdownSeconds"/>), so guessing from many addresses stays slow.
    /// </summary>
    [Range(1, 100_000)]
    public int FailuresBeforeSlowdown { get; set; } = 10;

    /// <summary>The longest wait before an attempt on a much-guessed user name.</summary>
    [Range(1, 60)]
    public int MaxSlowdownSeconds { get; set; } = 8;

    /// <summary>Failures older than this (since the last one) are forgotten.</summary>
    [Range(1, 24 * 60)]
    public int FailureWindowMinutes { get; set; } = 15;
}
