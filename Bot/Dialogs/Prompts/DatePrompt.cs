using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>Asks for a date or month (2025年3月, 去年十月, 上个月, 3月15号), relative to the turn's date in China.</summary>
public sealed class DatePrompt(string id, PromptValidator<RecognizedDate>? validator = null) : Prompt<RecognizedDate>(id, validator)
{
    protected override PromptRecognition<RecognizedDate> Recognize(DialogContext dc, PromptOptions options) =>
        ChineseDateRecognizer.TryRecognize(dc.Turn.Activity.Text ?? string.Empty, dc.Turn.TodayInChina, out var date)
            ? PromptRecognition<RecognizedDate>.Of(date)
            : PromptRecognition<RecognizedDate>.Failed;

    protected override string DefaultRetry(PromptOptions options) => BotText.RetryDate;
}
