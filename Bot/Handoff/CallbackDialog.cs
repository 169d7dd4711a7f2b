using System.Globalization;
using RightsBot.Cases.Validation;
using RightsBot.Dialogs;
using RightsBot.Dialogs.Flows;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;

namespace RightsBot.Handoff;

/// <summary>
/// Outside service hours: takes a short message and, with the worker's consent, a callback number (validated,
/// encrypted, masked in the transcript), and says when staff will reply.
/// </summary>
public sealed class CallbackDialog : WaterfallDialog<CallbackState>
{
    public const string DialogId = "handoff-callback";
    public const string MessagePromptId = "handoff-callback.message";
    public const string ConsentPromptId = "handoff-callback.consent";
    public const string PhonePromptId = "handoff-callback.phone";

    public CallbackDialog()
        : base(DialogId, Steps())
    {
    }

    public static IEnumerable<Dialog> Prompts() =>
    [
        new TextPrompt(MessagePromptId),
        new ConfirmPrompt(ConsentPromptId),
        new TextPrompt(PhonePromptId, CaseFieldValidators.Phone),
    ];

    private static IEnumerable<WaterfallStep<CallbackState>> Steps()
    {
        yield return static (step, ct) => step.PromptAsync(MessagePromptId, new PromptOptions { Prompt = BotText.CallbackAskMessage }, ct);
        yield return static async (step, ct) =>
        {
            var message = step.ResultAs<string>()?.Trim();
            step.State = step.State with { Message = message };
            var handoffs = step.Context.Turn.Services.GetRequiredService<HandoffService>();
            await handoffs.SaveCallbackAsync(step.Context.Turn.ConversationKey, message, null, ct);
            return await step.PromptAsync(ConsentPromptId, new PromptOptions { Prompt = BotText.CallbackAskConsent, Choices = [BotText.CallbackYes, BotText.CallbackNo] }, ct);
        };
        yield return static async (step, ct) =>
        {
            if (step.ResultAs<bool>())
            {
                return await step.PromptAsync(PhonePromptId, new PromptOptions { Prompt = BotText.CallbackAskPhone, RetryPrompt = BotText.ReportRetryPhone, Sensitive = true }, ct);
            }

            return await FinishAsync(step, withPhone: false, ct);
        };
        yield return static async (step, ct) =>
        {
            MobileNumber.TryNormalize(step.ResultAs<string>(), out var phone);
            var turn = step.Context.Turn;
            turn.InboundRedaction = MobileNumber.Mask(phone);
            await turn.Services.GetRequiredService<HandoffService>().SaveCallbackAsync(turn.ConversationKey, null, phone, ct);
            return await FinishAsync(step, withPhone: true, ct);
        };
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<CallbackState> step, bool withPhone, CancellationToken ct)
    {
        var turn = step.Context.Turn;
        var next = turn.Services.GetRequiredService<ServiceHours>().DescribeNextOpening(turn.Now);
        turn.SendText(string.Format(CultureInfo.InvariantCulture, withPhone ? BotText.CallbackDone : BotText.CallbackDoneNoPhone, next));
        return await step.EndAsync(null, ct);
    }
}
