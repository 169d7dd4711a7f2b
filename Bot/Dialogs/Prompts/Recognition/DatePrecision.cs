namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>How much of a <see cref="RecognizedDate"/> the worker actually said.</summary>
public enum DatePrecision
{
    /// <summary>A day was given ("3月15号", "昨天"); the date is exact.</summary>
    Day,

    /// <summary>Only a month was given ("2025年3月", "上个月"); the date is the first of that month.</summary>
    Month,

    /// <summary>Only a year was given ("去年", "2024年"); the date is the first of January of that year.</summary>
    Year,
}
