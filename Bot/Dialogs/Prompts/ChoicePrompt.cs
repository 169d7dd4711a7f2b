using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>
/// Offers options as buttons. A worker may also type the option's text (or a message containing exactly one
/// option), or its number ("2", "二", "第二个").
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var found = ChoiceMatcher.Match(dc.Turn.Activity.Text, choices);
        return found is { } index ? PromptRecognition<FoundChoice>.Of(new FoundChoice(index, choices[index])) : PromptRecognition<FoundChoice>.Failed;
    }

    protected override string DefaultRetry(PromptOptions options) => BotText.RetryChoice;
}
