using RightsBot.Activities;
using RightsBot.Answers;
using RightsBot.Dialogs.Interruptions;
using RightsBot.Knowledge.SmallTalk;
using RightsBot.Localization;
using RightsBot.Turns;

namespace RightsBot.Dialogs.Flows;

/// <summary>
/// The bot's entry point for every turn on every channel: greets new conversations, handles interruptions ahead of
/// the active dialog, continues the dialog stack, and routes fresh messages (menu buttons or free questions).
/// </summary>
public sealed class RootHandler(DialogSet dialogs, IAnswerService answers) : ITurnHandler
{
    private const int MinStoryLength = 15;

    public static IReadOnlyList<CardAction> MenuButtons { get; } = [.. BotText.MenuOptions.Select(CardAction.ImBack)];

    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        switch (turn.Activity.Type)
        {
            case ActivityTypes.ConversationUpdate when turn.Activity.MembersAdded is { Count: > 0 }:
                Greet(turn);
                return;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, ct);
                return;
            case ActivityTypes.Event when string.Equals(turn.Activity.Name, Handoff.HandoffService.ReleaseEventName, StringComparison.Ordinal):
                await OnReleasedAsync(turn, ct);
                return;
            default:
                // Typing, events and unknown types need no answer.
                return;
        }
    }

    private static void Greet(TurnContext turn)
    {
        turn.SendText(BotText.Greeting);
        ShowMenu(turn, BotText.MenuPrompt);
    }

    private static void ShowMenu(TurnContext turn, string text) => turn.SendText(text, MenuButtons);

    /// <summary>Staff returned the conversation: say so, then continue what was open or offer the menu.</summary>
    private async Task OnReleasedAsync(TurnContext turn, CancellationToken ct)
    {
        var dc = new DialogContext(dialogs, turn, turn.DialogState);
        if (dc.ActiveDialog is not null)
        {
            turn.SendText(BotText.HandoffReleased + BotText.HandoffReleasedResume);
            await dc.RepromptDialogAsync(ct);
            return;
        }

        turn.SendText(BotText.HandoffReleased);
        ShowMenu(turn, BotText.AnythingElse);
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var dc = new DialogContext(dialogs, turn, turn.DialogState);
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (turn.Activity.Attachments is { Count: > 0 } && dc.ActiveDialog is not null)
            {
                // Files are answers too (the report form collects evidence photos).
                await ContinueAsync(dc, string.Empty, ct);
                return;
            }

            turn.SendText(turn.Activity.Attachments is { Count: > 0 } ? BotText.FileOutsideForm : BotText.NonText, dc.ActiveDialog is null ? MenuButtons : null);
            await dc.RepromptDialogAsync(ct);
            return;
        }

        if (turn.Crisis is null && dc.ActiveDialog is null && await answers.TryHandleFeedbackAsync(turn, text, ct))
        {
            return;
        }

        if (InterruptionDetector.Detect(text) is { } interruption)
        {
            await InterruptAsync(dc, interruption, ct);
            return;
        }

        if (turn.Crisis is not null)
        {
            // The crisis reply is out already. Keep whatever the worker was filling in, and add only a sure answer.
            if (dc.ActiveDialog is not null)
            {
                turn.SendText(BotText.CrisisResume);
                await dc.RepromptDialogAsync(ct);
            }
            else
            {
                await answers.AnswerAsync(turn, text, AnswerMode.AfterCrisis, ct);
            }

            return;
        }

        await ContinueAsync(dc, text, ct);
    }

    private async Task ContinueAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var turn = dc.Turn;
        var result = await dc.ContinueDialogAsync(ct);
        switch (result.Status)
        {
            case DialogTurnStatus.Empty:
                await RouteAsync(dc, text, ct);
                break;
            case DialogTurnStatus.GaveUp:
                // The escalation middleware queues the conversation for a person and says so.
                turn.EscalationReasons.Add(Handoff.HandoffReasons.PromptGaveUp);
                turn.SendText(BotText.PersonAfterGaveUp);
                break;
            case DialogTurnStatus.Complete:
            case DialogTurnStatus.Cancelled:
                // A dialog that ended with its own buttons (feedback, related questions) keeps them.
                if (turn.Replies.Count == 0 || turn.Replies[^1].SuggestedActions is null)
                {
                    ShowMenu(turn, BotText.AnythingElse);
                }

                break;
            case DialogTurnStatus.Waiting:
            default:
                break;
        }
    }

    private static async Task InterruptAsync(DialogContext dc, Interruption interruption, CancellationToken ct)
    {
        var turn = dc.Turn;
        switch (interruption)
        {
            case Interruption.Help when dc.ActiveDialog is not null:
                turn.SendText(BotText.HelpInDialog);
                await dc.RepromptDialogAsync(ct);
                break;
            case Interruption.Help:
                ShowMenu(turn, BotText.Help);
                break;
            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync();
                ShowMenu(turn, BotText.Cancelled + BotText.AnythingElse);
                break;
            case Interruption.Restart:
                await dc.CancelAllDialogsAsync();
                turn.SendText(BotText.Restarted);
                Greet(turn);
                break;
            case Interruption.Person:
                // The escalation middleware queues the conversation and tells the worker their place; an open form
                // stays where it was and can be finished while waiting.
                turn.EscalationReasons.Add(Handoff.HandoffReasons.AskedForPerson);
                break;
        }
    }

    private async Task RouteAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var turn = dc.Turn;
        var normalized = ChineseText.Normalize(text);
        if (Is(normalized, BotText.MenuAsk))
        {
            await dc.BeginDialogAsync(AskDialog.DialogId, null, ct);
        }
        else if (Is(normalized, BotText.MenuReport) || normalized is "我要反映欠薪" or "登记欠薪" or "反映欠薪问题")
        {
            // A story the worker told just before (kept with the last answer) can pre-fill the form after consent.
            var story = turn.DialogState.LastStory;
            turn.DialogState.LastStory = null;
            await dc.BeginDialogAsync(WageReportDialog.DialogId, new WageReportState { Story = story }, ct);
        }
        else if (HardshipDialog.IsRequest(text))
        {
            await dc.BeginDialogAsync(HardshipDialog.DialogId, null, ct);
        }
        else if (EraseDataDialog.IsRequest(text))
        {
            await dc.BeginDialogAsync(EraseDataDialog.DialogId, null, ct);
        }
        else if (Is(normalized, BotText.MenuStatus))
        {
            await dc.BeginDialogAsync(CaseStatusDialog.DialogId, null, ct);
        }
        else if (Is(normalized, BotText.MenuPrivacy))
        {
            ShowMenu(turn, BotText.Privacy);
        }
        else if (SmallTalkDetector.Detect(text) is { } smallTalk)
        {
            // 你好, 谢谢, 你是谁, 听不懂…: a kind word and the menu, never the refusal, never the curators' list.
            answers.SendSmallTalk(turn, smallTalk);
        }
        else
        {
            // Kept in the dialog state, so without the numbers in it (the report asks for the phone on its own).
            turn.DialogState.LastStory = text.Length >= MinStoryLength ? Model.SensitiveDataMasker.MaskForTranscript(text) : turn.DialogState.LastStory;
            await answers.AnswerAsync(turn, text, AnswerMode.Full, ct);
        }
    }

    private static bool Is(string normalized, string option) => string.Equals(normalized, ChineseText.Normalize(option), StringComparison.Ordinal);
}
