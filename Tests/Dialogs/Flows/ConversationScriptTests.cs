using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Dialogs.Flows;

/// <summary>Whole conversations through Direct Line, the turn pipeline and the dialogs, on a real server.</summary>
public sealed class ConversationScriptTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private readonly BotServer _server = fixture.Server;

    /// <summary>A new conversation waiting at the case-number question of 查询案件进度.</summary>
    private async Task<DirectLineTestClient> StartStatusLookupAsync()
    {
        var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await client.SayAsync(BotText.MenuStatus);
        await client.ExpectAsync(BotText.StatusAskNumber);
        return client;
    }

    [Fact]
    public async Task Start_NewConversation_GreetsSaysNotALawyerAndOffersMenu()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var messages = await client.WaitForBotAsync(m => DirectLineTestClient.Buttons(m).Count > 0);

        Assert.Contains("不是律师", DirectLineTestClient.Text(messages[0]), StringComparison.Ordinal);
        Assert.Contains("不是政府部门", DirectLineTestClient.Text(messages[0]), StringComparison.Ordinal);
        Assert.Equal(BotText.MenuOptions, DirectLineTestClient.Buttons(messages[^1]));
    }

    [Fact]
    public async Task MenuPrivacy_Clicked_ExplainsPrivacy()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await client.SayAsync(BotText.MenuPrivacy);
        await client.ExpectAsync("隐私说明");
    }

    [Fact]
    public async Task MenuAsk_ThenQuestion_AnswersWithCitationAndFeedbackButtons()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await client.SayAsync(BotText.MenuAsk);
        await client.ExpectAsync("请直接打字");
        await client.SayAsync("包工头跑了 工钱找谁要");
        var replies = await client.WaitForBotAsync(m => DirectLineTestClient.Buttons(m).Contains(BotText.Helpful));

        Assert.Contains(replies, m => DirectLineTestClient.Text(m).Contains("依据：", StringComparison.Ordinal));
        Assert.Contains(BotText.NotHelpful, DirectLineTestClient.Buttons(replies[^1]));
    }

    [Fact]
    public async Task StatusLookup_HelpMidPrompt_ExplainsAndAsksAgainKeepingPlace()
    {
        using var client = await StartStatusLookupAsync();

        await client.SayAsync("帮助");
        var help = await client.ExpectAsync(BotText.StatusAskNumber);
        Assert.Contains(BotText.HelpInDialog, help);

        await client.SayAsync("QX-2026-000123");
        await client.ExpectAsync(BotText.StatusAskPhone);
    }

    [Fact]
    public async Task StatusLookup_CancelMidPrompt_LeavesAndShowsMenu()
    {
        using var client = await StartStatusLookupAsync();

        await client.SayAsync("取消");
        var replies = await client.WaitForBotAsync(m => DirectLineTestClient.Text(m).Contains("已经退出", StringComparison.Ordinal));
        Assert.Equal(BotText.MenuOptions, DirectLineTestClient.Buttons(replies[^1]));

        // The next message is a fresh question, not an answer to the cancelled prompt.
        await client.SayAsync("隐私说明");
        await client.ExpectAsync("隐私说明");
    }

    [Fact]
    public async Task StatusLookup_PersonMidPrompt_QueuesForStaffThenAsksAgain()
    {
        using var client = await StartStatusLookupAsync();

        await client.SayAsync("转人工");
        var replies = await client.ExpectAsync(BotText.StatusAskNumber);
        var queued = replies.FindIndex(t => t.Contains("正在为您联系工会工作人员", StringComparison.Ordinal));
        Assert.True(queued >= 0, "the worker is told they are queued");
        Assert.Contains("排第", replies[queued], StringComparison.Ordinal);
        Assert.True(replies.FindLastIndex(t => t.Contains(BotText.StatusAskNumber, StringComparison.Ordinal)) > queued, "the open question comes back after the queue message");
    }

    [Fact]
    public async Task Restart_MidPrompt_GreetsAgain()
    {
        using var client = await StartStatusLookupAsync();

        await client.SayAsync("重新开始");
        await client.ExpectAsync("我不是律师");
    }

    [Fact]
    public async Task StatusLookup_WrongAnswersThreeTimes_OffersAPerson()
    {
        using var client = await StartStatusLookupAsync();

        await client.SayAsync("不知道");
        await client.ExpectAsync(BotText.StatusRetryNumber);
        await client.SayAsync("忘了");
        await client.ExpectAsync(BotText.StatusRetryNumber);
        await client.SayAsync("找不到了");
        var replies = await client.ExpectAsync("12351");
        Assert.Contains(replies, t => t.Contains(BotText.PersonAfterGaveUp, StringComparison.Ordinal));
        var escalation = client.Received.Last(a => a["type"]?.GetValue<string>() == "event");
        Assert.Equal("handoff.initiate", escalation["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Crisis_MidPrompt_AnswersAtOnceWithEmergencyNumbersAndKeepsThePrompt()
    {
        using var client = await StartStatusLookupAsync();

        await client.SayAsync("老板叫人在门口堵我 说要打断我的腿");
        var replies = await client.ExpectAsync(BotText.StatusAskNumber);
        // A threat: the police number comes first, and the form's question is asked again.
        Assert.Contains(replies, t => t.Contains("110", StringComparison.Ordinal) && t.IndexOf("110", StringComparison.Ordinal) < t.IndexOf("120", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutsideDomain_Question_IsDeclinedHonestlyWithHotlines()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await client.SayAsync("明天郑州下雨不");
        var replies = await client.ExpectAsync("12348");
        Assert.DoesNotContain(replies, t => t.Contains("依据：", StringComparison.Ordinal));
    }
}
