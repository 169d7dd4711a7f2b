using RightsBot.Activities;
using RightsBot.Channels.WeChat;
using RightsBot.Dialogs.Flows;
using RightsBot.Localization;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>Buttons as numbered choices on WeChat, worded for numbers.</summary>
public sealed class WeChatChoicesTests
{
    [Fact]
    public void Menu_OnWeChat_IsNumberedAndSaysToReplyWithANumber()
    {
        var text = WeChatChoices.Render(Activity.BotMessage(BotText.MenuPrompt, RootHandler.MenuButtons));
        Assert.DoesNotContain("按钮", text, StringComparison.Ordinal);
        Assert.Contains("回复下面的数字", text, StringComparison.Ordinal);
        Assert.Contains("1 " + BotText.MenuAsk, text, StringComparison.Ordinal);
        Assert.Contains("5 " + BotText.MenuPrivacy, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_OnWeChat_NeverAskForAButtonPress()
    {
        Assert.Equal("请回复下面的一个数字（第一个就打 1）。", WeChatChoices.Render(Activity.BotMessage(BotText.RetryChoice), withChoices: false));
        Assert.Equal("都对的话回复“确认提交”；哪一项不对，回复“修改”那一项。", WeChatChoices.Render(Activity.BotMessage(BotText.FormSummaryHint), withChoices: false));
        Assert.Equal("已经回复过了。", WeChatChoices.Render(Activity.BotMessage("已经回复过了。")));
    }
}
