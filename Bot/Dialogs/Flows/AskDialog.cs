using RightsBot.Answers;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Flows;

/// <summary>咨询法律问题: asks the worker to describe the problem, then answers it from the knowledge base.</summary>
public sealed class AskDialog : WaterfallDialog<AskState>
{
    public const string DialogId = "ask";
    public const string QuestionPromptId = "ask.question";

    public AskDialog()
        : base(DialogId, Steps())
    {
    }

    private static IEnumerable<WaterfallStep<AskState>> Steps()
    {
        yield return static (step, ct) => step.PromptAsync(QuestionPromptId, new PromptOptions { Prompt = BotText.AskQuestion }, ct);
        yield return async (step, ct) =>
        {
            var question = step.ResultAs<string>() ?? string.Empty;
            var answers = step.Context.Turn.Services.GetRequiredService<IAnswerService>();
            await answers.AnswerAsync(step.Context.Turn, question, AnswerMode.Full, ct);
            return await step.EndAsync(null, ct);
        };
    }
}
