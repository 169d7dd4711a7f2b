using System.ComponentModel.DataAnnotations;

namespace RightsBot.Handoff;

/// <summary>Handoff settings (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    [Required]
    public ServiceHoursOptions ServiceHours { get; set; } = new();

    /// <summary>The expected wait told to a worker is their position times this.</summary>
    [Range(1, 120)]
    public int MinutesPerPosition { get; set; } = 5;

    /// <summary>A waiting worker who has heard nothing for this long (during service hours) is told they are still in line.</summary>
    [Range(1, 240)]
    public int StillWaitingMinutes { get; set; } = 10;

    /// <summary>Ready answers staff can send with one click.</summary>
    public List<string> CannedReplies { get; set; } = [];

    [Range(1, 4000)]
    public int MaxMessageLength { get; set; } = 2000;
}
