using RightsBot.Cases;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Flows;

/// <summary>
/// Registers the case, then (only then) gives the number, what happens next and how to follow it. When the store
/// fails, the worker is told plainly and the form stays at its summary with everything kept.
/// </summary>
public sealed partial class CaseSubmitter(ILogger<CaseSubmitter> logger) : ICaseSubmitter
{
    public async Task<DialogTurnResult> SubmitAsync(DialogContext dc, CaseDraft draft, string submissionKey, CancellationToken ct)
    {
        var cases = dc.Turn.Services.GetRequiredService<ICaseService>();
        SubmitResult result;
        try
        {
            result = await cases.SubmitAsync(draft, SourceOf(dc.Turn.Activity.ChannelId), dc.Turn.ConversationKey, submissionKey, "worker", dc.Turn.DialogState.Flags, demo: false, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SubmitFailed(logger, ex, Storage.ConversationKey.ForLog(dc.Turn.ConversationKey));
            dc.Turn.SendText(BotText.FormSubmitFailed);
            await dc.RepromptDialogAsync(ct);
            return DialogTurnResult.Waiting;
        }

        var record = result.Case;
        var text = new System.Text.StringBuilder()
            .Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.ReportDone, CaseWording.Type(record.Type), record.Number))
            .Append('\n').Append(BotText.ReportNext)
            .Append('\n').Append(result.AccessCode is { } code
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.ReportAccessCode, code)
                : BotText.ReportFollowWithPhone);
        if (record.Serious)
        {
            dc.Turn.EscalationReasons.Add(Handoff.HandoffReasons.SeriousCase + ":" + record.SeriousReasons?.Replace(',', '+'));
            text.Append('\n').Append(BotText.ReportSerious);
        }

        if (result.LinkedNumbers.Count > 0)
        {
            text.Append('\n').Append(BotText.ReportLinked);
        }

        dc.Turn.SendText(text.ToString());
        Log.Submitted(logger, Storage.ConversationKey.ForLog(dc.Turn.ConversationKey), record.Number, record.Serious);
        return await dc.EndDialogAsync(result, ct);
    }

    public static CaseSource SourceOf(string? channelId) => channelId switch
    {
        "directline" or "webchat" => CaseSource.Web,
        "telegram" => CaseSource.Telegram,
        "wechat" => CaseSource.WeChat,
        _ => CaseSource.Other,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Case {Number} registered from {ConversationKey} (serious: {Serious})")]
        public static partial void Submitted(ILogger logger, string conversationKey, string number, bool serious);

        [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Case registration failed in {ConversationKey}; the form was kept")]
        public static partial void SubmitFailed(ILogger logger, Exception exception, string conversationKey);
    }
}
