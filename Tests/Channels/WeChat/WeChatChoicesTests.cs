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
    public void TextWithoutChoices_IsLeftAsWritten()
    {
        Assert.Equal(BotText.MenuPrompt, WeChatChoices.Render(Activity.BotMessage(BotText.MenuPrompt)));
    }
}
