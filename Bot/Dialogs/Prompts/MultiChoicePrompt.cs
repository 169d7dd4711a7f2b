using System.Text.Json;
using System.Text.Json.Nodes;
using RightsBot.Activities;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>
/// Lets a worker pick several options: tap them one by one or write several in one message ("合同 考勤 聊天记录"),
/// then 选好了. 都没有 ends with an empty list. Ends with the chosen options in the order offered.
/// </summary>
public sealed class MultiChoicePrompt(string id) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string ChosenKey = "chosen";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("Needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, PromptJsonContext.Default.PromptOptions);
        instance.State[ChosenKey] = new JsonArray();
        Ask(dc, promptOptions, [], promptOptions.Prompt);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct)
    {
        if (!string.Equals(dc.Turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = instance.State[OptionsKey]!.Deserialize(PromptJsonContext.Default.PromptOptions)!;
        var choices = options.Choices ?? [];
        var chosen = instance.State[ChosenKey]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var said = ChineseText.Normalize(dc.Turn.Activity.Text);
        if (said == ChineseText.Normalize(BotText.MultiDone) || said is "好了" or "就这些" or "没了")
        {
            return await dc.EndDialogAsync(Ordered(choices, chosen), ct);
        }

        if (said == ChineseText.Normalize(BotText.MultiNone) || said is "没有" or "都没有" or "啥也没有" or "莫得")
        {
            return await dc.EndDialogAsync((IReadOnlyList<string>)[], ct);
        }

        var found = choices.Where(c => said.Contains(ChineseText.Normalize(c), StringComparison.Ordinal)).ToList();
        if (found.Count == 0 && ChoiceMatcher.Match(dc.Turn.Activity.Text, choices) is { } index)
        {
            found.Add(choices[index]);
        }

        if (found.Count == 0)
        {
            Ask(dc, options, chosen, BotText.MultiRetry);
            return DialogTurnResult.Waiting;
        }

        chosen = [.. chosen.Union(found)];
        instance.State[ChosenKey] = new JsonArray([.. chosen.Select(c => (JsonNode)JsonValue.Create(c))]);
        if (chosen.Count == choices.Count)
        {
            return await dc.EndDialogAsync(Ordered(choices, chosen), ct);
        }

        Ask(dc, options, chosen, string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.MultiSoFar, string.Join("、", Ordered(choices, chosen))));
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        var options = instance.State[OptionsKey]!.Deserialize(PromptJsonContext.Default.PromptOptions)!;
        var chosen = instance.State[ChosenKey]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Ask(dc, options, chosen, options.Prompt);
        return Task.CompletedTask;
    }

    private static IReadOnlyList<string> Ordered(IReadOnlyList<string> choices, List<string> chosen) => [.. choices.Where(chosen.Contains)];

    private static void Ask(DialogContext dc, PromptOptions options, List<string> chosen, string text)
    {
        var buttons = (options.Choices ?? []).Where(c => !chosen.Contains(c)).Select(CardAction.ImBack).ToList();
        buttons.Add(CardAction.ImBack(chosen.Count > 0 ? BotText.MultiDone : BotText.MultiNone));
        dc.Turn.SendText(text, buttons, InputHints.ExpectingInput);
    }
}
