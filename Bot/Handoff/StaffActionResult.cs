namespace RightsBot.Handoff;

/// <summary>The outcome of a staff action on a handoff: done, not found, or refused with a reason in Chinese.</summary>
public sealed record StaffActionResult(StaffActionOutcome Outcome, string? Message = null, HandoffRecord? Handoff = null)
{
    public static StaffActionResult Done(HandoffRecord handoff) => new(StaffActionOutcome.Done, null, handoff);

    public static StaffActionResult NotFound { get; } = new(StaffActionOutcome.NotFound, "没有找到这个会话。");

    public static StaffActionResult Conflict(string message) => new(StaffActionOutcome.Conflict, message);

    public static StaffActionResult Invalid(string message) => new(StaffActionOutcome.Invalid, message);

    public static StaffActionResult Forbidden(string message) => new(StaffActionOutcome.Forbidden, message);
}
