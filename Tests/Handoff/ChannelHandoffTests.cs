using System.Net;
using System.Net.Http.Json;
using RightsBot.Localization;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Channels.Telegram;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>Handoff is the same on every channel: a Telegram worker reaches staff, and staff replies reach Telegram.</summary>
public sealed class ChannelHandoffTests : IAsyncLifetime
{
    private FakeTelegramBotApi _api = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeTelegramBotApi.StartAsync();
        _server = await BotServer.StartAsync(TelegramChannelTests.Settings(_api));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task TelegramWorker_AsksForAPerson_StaffRepliesReachTheChat_AndTheBotComesBack()
    {
        var worker = new TelegramWorker(new HttpClient { BaseAddress = _server.Address }, _api, TelegramChannelTests.NewChatId(), TelegramChannelTests.Secret);
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);
        await worker.SendAsync("转人工");
        await worker.ExpectAsync("正在为您联系工会工作人员");

        using var staff = await StaffTestKit.ClientAsync(_server, StaffRoles.LegalAid, "吴老师");
        var item = await StaffTestKit.WaitForWaitingAsync(staff);
        Assert.Equal("telegram", item["channel"]!.GetValue<string>());
        var ticket = item["ticket"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/staff/conversations/{ticket}/accept", null)).StatusCode);
        await worker.ExpectAsync("吴老师已经接通");

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "请发一张工资条的照片" })).StatusCode);
        await worker.ExpectAsync("【吴老师】请发一张工资条的照片");

        // The worker's answer goes to staff only.
        await worker.SendAsync("好的 马上拍");
        await Task.Delay(800);
        Assert.DoesNotContain(_api.SentTo(worker.ChatId), m => m.Text.Contains("依据", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/staff/conversations/{ticket}/release", null)).StatusCode);
        var back = await worker.WaitForAsync(m => m.Text.Contains(BotText.HandoffReleased, StringComparison.Ordinal));
        Assert.NotEmpty(back);
        await worker.SendAsync("包工头跑了 工钱找谁要");
        await worker.ExpectAsync("依据");
    }
}
