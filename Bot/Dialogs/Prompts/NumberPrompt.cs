using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>Asks for a number; understands Arabic and Chinese numerals (三千五, 3.5万, 1万2, 两千).</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override PromptRecognition<decimal> Recognize(DialogContext dc, PromptOptions options) =>
        ChineseNumberRecognizer.TryRecognize(dc.Turn.Activity.Text ?? string.Empty, out var value)
            ? PromptRecognition<decimal>.Of(value)
            : PromptRecognition<decimal>.Failed;

    protected override string DefaultRetry(PromptOptions options) => BotText.RetryNumber;
}
