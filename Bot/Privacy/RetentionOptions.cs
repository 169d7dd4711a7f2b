using System.ComponentModel.DataAnnotations;

namespace RightsBot.Privacy;

/// <summary>How long personal data is kept (section <c>Privacy</c>); the union sets its own periods.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Personal fields of a case are erased this many days after it was closed or rejected.</summary>
    [Range(1, 36500)]
    public int CaseRetentionDays { get; set; } = 1095;

    /// <summary>What workers typed is blanked in transcripts older than this many days (statistics stay).</summary>
    [Range(1, 36500)]
    public int TranscriptRetentionDays { get; set; } = 730;

    /// <summary>How often the clean-up runs.</summary>
    [Range(1, 168)]
    public int RunEveryHours { get; set; } = 24;
}
