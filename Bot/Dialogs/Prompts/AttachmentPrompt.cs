using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RightsBot.Activities;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>
/// Collects photos and files the worker sends (Web Chat's paperclip button), until 发完了 or 没有. Ends with the ids of the
/// stored attachments.
/// </summary>
public sealed partial class AttachmentPrompt(string id) : Dialog(id)
{
    private const string IdsKey = "ids";
    private const string PromptKey = "prompt";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        var prompt = BotText.ForChannel((options as PromptOptions)?.Prompt ?? BotText.AttachmentsAsk, dc.Turn.Activity.ChannelId);
        dc.ActiveDialog!.State[IdsKey] = new JsonArray();
        dc.ActiveDialog.State[PromptKey] = prompt;
        dc.Turn.SendText(prompt, [CardAction.ImBack(BotText.AttachmentsNone)], InputHints.ExpectingInput);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct)
    {
        if (!string.Equals(dc.Turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return DialogTurnResult.Waiting;
        }

        var ids = dc.ActiveDialog!.State[IdsKey]!.AsArray();
        var added = (dc.Turn.Activity.Attachments ?? [])
            .Select(a => a.ContentUrl is { } url ? AttachmentId().Match(url) : Match.Empty)
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        foreach (var attachmentId in added)
        {
            ids.Add(attachmentId);
        }

        var said = ChineseText.Normalize(dc.Turn.Activity.Text);
        var done = said is "发完了" or "没有" or "没了" or "好了" or "跳过" or "不发了" || said == ChineseText.Normalize(BotText.AttachmentsNone);
        if (done || (added.Count == 0 && said.Length > 0))
        {
            if (!done)
            {
                dc.Turn.SendText(BotText.ForChannel(BotText.AttachmentsRetry, dc.Turn.Activity.ChannelId), [CardAction.ImBack(ids.Count > 0 ? BotText.AttachmentsDone : BotText.AttachmentsNone)], InputHints.ExpectingInput);
                return DialogTurnResult.Waiting;
            }

            return await dc.EndDialogAsync((IReadOnlyList<string>)[.. ids.Select(n => n!.GetValue<string>())], ct);
        }

        dc.Turn.SendText(string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.AttachmentsReceived, ids.Count), [CardAction.ImBack(BotText.AttachmentsDone)], InputHints.ExpectingInput);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken ct)
    {
        dc.Turn.SendText(dc.ActiveDialog!.State[PromptKey]?.GetValue<string>() ?? BotText.AttachmentsAsk, [CardAction.ImBack(BotText.AttachmentsDone)], InputHints.ExpectingInput);
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"/attachments/([A-Za-z0-9_-]{10,64})\?", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentId();
}
