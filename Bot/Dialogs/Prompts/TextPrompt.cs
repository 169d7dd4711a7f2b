using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>Asks for free text. Empty answers and answers over <see cref="MaxLength"/> characters are asked again.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    public const int MaxLength = 2000;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Activity.Text?.Trim();
        return string.IsNullOrEmpty(text) || text.Length > MaxLength ? PromptRecognition<string>.Failed : PromptRecognition<string>.Of(text);
    }

    protected override string DefaultRetry(PromptOptions options) =>
        BotText.RetryText + options.Prompt;
}
