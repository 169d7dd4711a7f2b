namespace RightsBot.Handoff;

/// <summary>How a staff action ended.</summary>
public enum StaffActionOutcome
{
    Done,
    NotFound,
    Conflict,
    Invalid,
    Forbidden,
}
