using System.ComponentModel.DataAnnotations;

namespace RightsBot.Handoff;

/// <summary>When union staff answer online (China time unless <see cref="TimeZone"/> says otherwise).</summary>
public sealed class ServiceHoursOptions
{
    /// <summary>Days with service; Monday to Friday when not set. (Not pre-filled: configuration binding would add to it.)</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    public IReadOnlyList<DayOfWeek> EffectiveDays => Days.Count > 0
        ? Days.Distinct().ToList()
        : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$")]
    public string Opens { get; set; } = "09:00";

    /// <summary>"24:00" means until midnight.</summary>
    [RegularExpression(@"^(([01]\d|2[0-3]):[0-5]\d|24:00)$")]
    public string Closes { get; set; } = "17:30";

    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
