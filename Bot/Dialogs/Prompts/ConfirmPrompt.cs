using RightsBot.Activities;
using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>Asks a yes/no question with 是/否 buttons; understands 对、嗯、好的、行 and 不是、不用、算了 too.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Activity.Text;
        if (options.Choices is { Count: 2 } labels && ChoiceMatcher.Match(text, labels) is { } index)
        {
            return PromptRecognition<bool>.Of(index == 0);
        }

        return ConfirmRecognizer.Recognize(text ?? string.Empty) is { } yes ? PromptRecognition<bool>.Of(yes) : PromptRecognition<bool>.Failed;
    }

    protected override IReadOnlyList<CardAction>? Buttons(PromptOptions options) =>
        options.Choices is { Count: 2 } labels
            ? [CardAction.ImBack(labels[0]), CardAction.ImBack(labels[1])]
            : [CardAction.ImBack(BotText.Yes), CardAction.ImBack(BotText.No)];

    protected override string DefaultRetry(PromptOptions options) => BotText.RetryConfirm;
}
