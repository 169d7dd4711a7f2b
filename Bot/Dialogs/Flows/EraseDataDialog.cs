using RightsBot.Cases;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Flows;

/// <summary>删除我的信息: after a confirmation, removes the worker's personal fields from their cases (statistics stay).</summary>
public sealed class EraseDataDialog : WaterfallDialog<EraseDataState>
{
    public const string DialogId = "erase-data";
    public const string ConfirmPromptId = "erase-data.confirm";

    public EraseDataDialog()
        : base(DialogId, Steps())
    {
    }

    public static bool IsRequest(string? text)
    {
        var said = ChineseText.Normalize(text);
        return said.Length <= 12 && (said.Contains("删除我的信息", StringComparison.Ordinal) || said.Contains("删掉我的信息", StringComparison.Ordinal)
            || said.Contains("删除个人信息", StringComparison.Ordinal) || said.Contains("删除我的资料", StringComparison.Ordinal));
    }

    private static IEnumerable<WaterfallStep<EraseDataState>> Steps()
    {
        yield return static (step, ct) => step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = BotText.EraseConfirm, Choices = [BotText.EraseYes, BotText.EraseNo] }, ct);
        yield return static async (step, ct) =>
        {
            if (step.ResultAs<bool>())
            {
                var erased = await step.Context.Turn.Services.GetRequiredService<ICaseService>().ErasePersonalDataAsync(step.Context.Turn.ConversationKey, ct);
                step.Context.Turn.SendText(string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.EraseDone, erased));
            }
            else
            {
                step.Context.Turn.SendText(BotText.EraseKept);
            }

            return await step.EndAsync(null, ct);
        };
    }
}
