using RightsBot.Cases.Validation;
using RightsBot.Dialogs.Prompts;
using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Flows;

/// <summary>The checks behind each answer of the case forms, each with a kind re-prompt in plain Chinese.</summary>
public static class CaseFieldValidators
{
    public const decimal MaxAmount = 100_000_000m;
    public const int MaxWorkers = 100_000;
    public const int MaxShortText = 100;
    public const int MaxName = 20;
    private static readonly char[] NameForbidden = "<>{}[]/\\;'\"=&|`$#@%*+^~".ToCharArray();
    private static readonly string[] StillWorkingWords = ["还在干", "还在做", "没走", "现在还在", "还没走", "一直在干"];

    public static Task<PromptValidation> Name(PromptValidatorContext<string> c, CancellationToken ct)
    {
        var text = c.Value.Trim();
        if (text == BotText.ReportNoName)
        {
            return Valid();
        }

        return Task.FromResult(text.Length > MaxName || text.Any(char.IsDigit) || text.IndexOfAny(NameForbidden) >= 0 || ChineseText.Normalize(text).Length == 0
            ? PromptValidation.Retry(BotText.ReportRetryName)
            : PromptValidation.Valid);
    }

    public static Task<PromptValidation> Phone(PromptValidatorContext<string> c, CancellationToken ct) =>
        Task.FromResult(MobileNumber.TryNormalize(c.Value, out _) ? PromptValidation.Valid : PromptValidation.Retry(BotText.ReportRetryPhone));

    public static Task<PromptValidation> IdNumber(PromptValidatorContext<string> c, CancellationToken ct) =>
        Task.FromResult(ChineseIdNumber.Check(c.Value, c.Turn.TodayInChina, out _) switch
        {
            IdNumberCheck.Valid => PromptValidation.Valid,
            IdNumberCheck.BadChecksum => PromptValidation.Retry(BotText.ReportRetryIdChecksum),
            IdNumberCheck.BadDate => PromptValidation.Retry(BotText.ReportRetryIdDate),
            _ => PromptValidation.Retry(BotText.ReportRetryIdLength),
        });

    public static Task<PromptValidation> ShortText(PromptValidatorContext<string> c, CancellationToken ct) =>
        Task.FromResult(c.Value.Length > MaxShortText || ChineseText.Normalize(c.Value).Length == 0
            ? PromptValidation.Retry(BotText.ReportRetryShort)
            : PromptValidation.Valid);

    public static Task<PromptValidation> StartDate(PromptValidatorContext<RecognizedDate> c, CancellationToken ct) =>
        Task.FromResult(c.Value.Date > c.Turn.TodayInChina ? PromptValidation.Retry(BotText.ReportRetryFuture) : PromptValidation.Valid);

    public static Task<PromptValidation> EndDate(PromptValidatorContext<string> c, CancellationToken ct)
    {
        if (IsStillWorking(c.Value))
        {
            return Valid();
        }

        return Task.FromResult(ChineseDateRecognizer.TryRecognize(c.Value, c.Turn.TodayInChina, out var date)
            ? date.Date > c.Turn.TodayInChina ? PromptValidation.Retry(BotText.ReportRetryFuture) : PromptValidation.Valid
            : PromptValidation.Retry(BotText.ReportRetryEndDate));
    }

    public static Task<PromptValidation> Amount(PromptValidatorContext<string> c, CancellationToken ct)
    {
        var text = c.Value.Trim();
        if (text.StartsWith('-') || text.StartsWith('负') || text.StartsWith('－'))
        {
            return Task.FromResult(PromptValidation.Retry(BotText.ReportRetryAmountZero));
        }

        if (!AmountRecognizer.TryRecognize(text, out var range))
        {
            return Task.FromResult(PromptValidation.Retry(BotText.ReportRetryAmount));
        }

        return Task.FromResult(range.Low <= 0 ? PromptValidation.Retry(BotText.ReportRetryAmountZero)
            : range.High > MaxAmount ? PromptValidation.Retry(BotText.ReportRetryAmountHuge)
            : PromptValidation.Valid);
    }

    public static Task<PromptValidation> Workers(PromptValidatorContext<decimal> c, CancellationToken ct) =>
        Task.FromResult(c.Value >= 1 && c.Value <= MaxWorkers && c.Value == decimal.Truncate(c.Value)
            ? PromptValidation.Valid
            : PromptValidation.Retry(BotText.ReportRetryWorkers));

    public static bool IsStillWorking(string text) => StillWorkingWords.Contains(ChineseText.Normalize(text), StringComparer.Ordinal)
        || ChineseText.Normalize(text) == ChineseText.Normalize(BotText.ReportStillWorking);

    private static Task<PromptValidation> Valid() => Task.FromResult(PromptValidation.Valid);
}
