using Stopwatch = System.Diagnostics.Stopwatch;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Activities;
using RightsBot.Channels.Delivery;
using RightsBot.Localization;
using RightsBot.Storage;
using RightsBot.Tests.Support;
using RightsBot.Turns;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>
/// Replies that miss the passive window go through the customer-service API (access_token cached, refreshed when
/// WeChat calls it invalid), survive its failures, and wait outside the 48-hour window until the worker writes again.
/// </summary>
public sealed class WeChatDeliveryTests(WeChatDeliveryTests.SlowFixture fixture) : IClassFixture<WeChatDeliveryTests.SlowFixture>
{
    /// <summary>A bot whose turns never finish inside the passive-reply window (1 ms), with quick retries.</summary>
    public sealed class SlowFixture : IAsyncLifetime
    {
        internal FakeWeChatServer Api { get; private set; } = null!;
        internal BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Api = await FakeWeChatServer.StartAsync(WeChatChannelTests.SampleAppId);
            var settings = WeChatChannelTests.Settings(Api);
            settings["Channels:WeChat:PassiveReplySeconds"] = "0.001";
            settings["Channels:Delivery:AttemptTimeoutSeconds"] = "0.5";
            settings["Channels:Delivery:TotalTimeoutSeconds"] = "3";
            settings["Channels:Delivery:MaxRetries"] = "1";
            settings["Channels:Delivery:RetryDelaySeconds"] = "0.05";
            settings["Channels:Delivery:BackoffSeconds"] = "0.2";
            settings["Channels:Delivery:SweepSeconds"] = "0.1";
            Server = await BotServer.StartAsync(settings);
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Api.DisposeAsync();
        }
    }

    private WeChatWorker NewWorker() =>
        new(new HttpClient { BaseAddress = fixture.Server.Address }, fixture.Api, WeChatChannelTests.NewOpenId(), WeChatChannelTests.SampleToken);

    [Fact]
    public async Task SlowTurn_AnswersSuccessAtOnce_AndTheReplyComesThroughTheCustomerServiceApiOnce()
    {
        var worker = NewWorker();
        Assert.Equal("success", await worker.PostMessageAsync(worker.Message("text", new XElement("Content", new XCData("你好")))));
        await worker.ExpectAsync(BotText.MenuPrompt);
        var watch = Stopwatch.StartNew();
        Assert.Equal("success", await worker.PostMessageAsync(worker.Message("text", new XElement("Content", new XCData("你好")))));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "WeChat gets its answer at once.");
        await worker.ExpectAsync(BotText.OutsideScope[..10]);
        var greeting = fixture.Api.SentTo(worker.OpenId)[0];
        Assert.Contains("您好", greeting.RawBody, StringComparison.Ordinal);
        var tokens = fixture.Api.TokenRequests;

        // The token is revoked, then the API fails twice and hangs once: the message still arrives, once.
        fixture.Api.FailNextSends(FakeWeChatServer.Failure.InvalidToken, FakeWeChatServer.Failure.ServerError,
            FakeWeChatServer.Failure.ServerError, FakeWeChatServer.Failure.Slow);
        await worker.SendAsync(BotText.MenuPrivacy);
        await worker.ExpectAsync("隐私说明：");
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        Assert.Single(fixture.Api.SentTo(worker.OpenId), m => m.Content.StartsWith("隐私说明：", StringComparison.Ordinal));
        Assert.Equal(tokens + 1, fixture.Api.TokenRequests);
        Assert.Empty(worker.Passive);
    }

    [Fact]
    public async Task OutOfWindowError_HoldsMessages_UntilTheWorkerWritesAgain()
    {
        var worker = NewWorker();
        fixture.Api.OutOfWindow = true;
        try
        {
            await worker.SendAsync(BotText.MenuPrivacy);
            await WaitUntilHeldAsync(fixture.Server, worker.OpenId);
        }
        finally
        {
            fixture.Api.OutOfWindow = false;
        }

        Assert.Empty(fixture.Api.SentTo(worker.OpenId));
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        var texts = fixture.Api.SentTo(worker.OpenId).Select(m => m.Content).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Equal(BotText.Greeting, texts[0]);
        Assert.StartsWith("隐私说明：", texts[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideThe48HourWindow_AStaffMessageWaits_AndGoesOutWithTheNextPassiveReply()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        await using var api = await FakeWeChatServer.StartAsync(WeChatChannelTests.SampleAppId);
        await using var server = await BotServer.StartAsync(WeChatChannelTests.Settings(api), configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var worker = new WeChatWorker(new HttpClient { BaseAddress = server.Address }, api, WeChatChannelTests.NewOpenId(), WeChatChannelTests.SampleToken);
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);

        // Two days later a member of staff writes (as the handoff console will): it is committed, but WeChat may not be written to.
        clock.Advance(TimeSpan.FromHours(49));
        const string staffText = "工作人员小王：您的材料收到了，明天上午给您回电话。";
        var key = ConversationKey.For("wechat", worker.OpenId);
        var staff = Activity.BotMessage(staffText) with { From = new ChannelAccount { Id = "staff:wang", Name = "小王", Role = "staff" } };
        var stored = await server.Services.GetRequiredService<TranscriptWriter>().AppendOutboundAsync(key, [staff], CancellationToken.None);
        server.Services.GetRequiredService<ConversationSignals>().Publish(key, ConversationSignal.Appended(stored));
        await WaitUntilHeldAsync(server, worker.OpenId);
        Assert.Equal(0, api.SendAttempts);

        await worker.SendAsync("帮助");
        var reply = (await worker.ExpectAsync("随时说")).Last();
        Assert.True(reply.IndexOf(staffText, StringComparison.Ordinal) is >= 0 and var at && at < reply.IndexOf("随时说", StringComparison.Ordinal));
        Assert.Empty(api.SentTo(worker.OpenId));
    }

    private static async Task WaitUntilHeldAsync(BotServer server, string openId)
    {
        var cursors = server.Services.GetRequiredService<DeliveryCursors>();
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        while (await cursors.FindAsync(ConversationKey.For("wechat", openId), cts.Token) is not { Held: true })
        {
            await Task.Delay(20, cts.Token);
        }
    }
}
