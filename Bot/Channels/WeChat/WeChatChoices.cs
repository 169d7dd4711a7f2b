using System.Text;
using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// WeChat has no buttons, so suggested actions become numbered lines ("回复数字选择：1 咨询法律问题 …") and a worker's
/// bare number ("2", "２", "2号", "第二个") is read back as the value of that action on the last message they were sent.
/// Buttons that are themselves numbers (the "1" beside "how many workers?") are left as they are: there the worker
/// answers with a number anyway.
/// </summary>
public static class WeChatChoices
{
    /// <summary>
    /// The message as WeChat shows it: its text, then its numbered choices and links. Choices are shown on the latest
    /// message only (a number answers those), so an earlier message's list never misleads.
    /// </summary>
    public static string Render(Activity message, bool withChoices = true)
    {
        var text = new StringBuilder(BotText.WithoutButtons(message.Text ?? string.Empty));
        var actions = withChoices ? message.SuggestedActions?.Actions ?? [] : [];
        var numbered = Numbered(actions);
        if (numbered.Count > 0)
        {
            if (text.Length == 0)
            {
                text.Append(BotText.ChooseBelow);
            }

            text.Append("\n\n").Append(BotText.ReplyWithNumber);
            for (var i = 0; i < numbered.Count; i++)
            {
                text.Append('\n').Append(i + 1).Append(' ').Append(numbered[i].Title);
            }
        }

        foreach (var link in actions.Where(IsLink))
        {
            text.Append('\n').Append(link.Title).Append('：').Append(link.Value);
        }

        return text.ToString();
    }

    /// <summary>The action value a bare number stands for, given the JSON of the last message the worker was sent.</summary>
    public static string? Resolve(string? said, string? lastDeliveredJson)
    {
        if (lastDeliveredJson is null || string.IsNullOrWhiteSpace(said) || said.Length > 8)
        {
            return null;
        }

        Activity? last;
        try
        {
            last = ActivityJson.Deserialize(lastDeliveredJson);
        }
        catch (JsonException)
        {
            return null;
        }

        var numbered = Numbered(last?.SuggestedActions?.Actions ?? []);
        return numbered.Count > 0 && ChoiceMatcher.TryOrdinal(ChineseText.Normalize(said), out var n) && n >= 1 && n <= numbered.Count
            ? numbered[n - 1].Value
            : null;
    }

    private static List<CardAction> Numbered(IReadOnlyList<CardAction> actions)
    {
        var choices = actions.Where(a => !IsLink(a)).ToList();
        return choices.Any(a => decimal.TryParse(a.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            ? []
            : choices;
    }

    private static bool IsLink(CardAction action) => string.Equals(action.Type, "openUrl", StringComparison.Ordinal);
}
