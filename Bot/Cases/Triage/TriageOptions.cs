using System.ComponentModel.DataAnnotations;

namespace RightsBot.Cases.Triage;

/// <summary>When a case is serious enough to be queued for a person at once (section <c>Cases:Triage</c>).</summary>
public sealed class TriageOptions
{
    public const string SectionName = "Cases:Triage";

    /// <summary>This many workers affected or more.</summary>
    [Range(2, 100_000)]
    public int MinWorkers { get; set; } = 10;

    /// <summary>This much owed (yuan) or more.</summary>
    [Range(1, 100_000_000)]
    public decimal MinAmount { get; set; } = 50_000m;

    /// <summary>The one-year arbitration limit after leaving ends within this many days (or has passed).</summary>
    [Range(1, 365)]
    public int ArbitrationDeadlineDays { get; set; } = 30;
}
