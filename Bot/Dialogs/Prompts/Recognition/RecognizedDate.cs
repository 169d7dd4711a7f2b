namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>A date a worker gave, and how precisely: a month is stored as its first day, a year as 1 January.</summary>
/// <param name="Date">The day, or the first day of the month or year when <paramref name="Precision"/> is coarser.</param>
/// <param name="Precision">Whether the worker gave a day, a month or only a year.</param>
public sealed record RecognizedDate(DateOnly Date, DatePrecision Precision);
