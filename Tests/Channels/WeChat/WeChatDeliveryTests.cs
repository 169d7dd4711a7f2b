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
    /// <summary>A knowledge question the optional model is asked to phrase; the model here hangs, so the turn takes its 1 s budget.</summary>
    private const string SlowQuestion = "包工头跑了 工钱找谁要";

    /// <summary>
    /// A bot whose model hangs (knowledge answers take the whole 1 s model budget) and whose passive-reply window is
    /// 0.3 s, with quick delivery retries. Menu turns stay fast and are answered passively.
    /// </summary>
    public sealed class SlowFixture : IAsyncLifetime
    {
        internal FakeWeChatServer Api { get; private set; } = null!;
        internal BotServer Server { get; private set; } = null!;
        private Model.FakeAzureOpenAI _model = null!;

        public async Task InitializeAsync()
        {
            Api = await FakeWeChatServer.StartAsync(WeChatChannelTests.SampleAppId);
            _model = await Model.FakeAzureOpenAI.StartAsync();
            _model.Mode = Model.FakeAzureOpenAI.Behaviour.Slow;
            var settings = WeChatChannelTests.Settings(Api);
            settings["AzureOpenAI:Endpoint"] = _model.Address.ToString();
            settings["AzureOpenAI:Deployment"] = "gpt-test";
            settings["AzureOpenAI:ApiKey"] = "fake-key-for-tests";
            settings["AzureOpenAI:TurnBudgetSeconds"] = "1";
            settings["Channels:WeChat:PassiveReplySeconds"] = "0.3";
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
            await _model.DisposeAsync();
        }
    }

    private WeChatWorker NewWorker() =>
        new(new HttpClient { BaseAddress = fixture.Server.Address }, fixture.Api, WeChatChannelTests.NewOpenId(), WeChatChannelTests.SampleToken, WeChatChannelTests.SampleCrypto());

    [Fact]
    public async Task SlowTurn_AnswersSuccessInTime_AndTheReplyComesThroughTheCustomerServiceApiOnce()
    {
        var worker = NewWorker();
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        var watch = Stopwatch.StartNew();
        Assert.Equal("success", await worker.PostMessageAsync(worker.Message("text", new XElement("Content", new XCData(SlowQuestion)))));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "WeChat gets its answer before the turn is done.");
        await worker.ExpectAsync("怎么做：");
        var answer = Assert.Single(fixture.Api.SentTo(worker.OpenId), m => m.Content.Contains("怎么做：", StringComparison.Ordinal));
        Assert.Contains("依据：", answer.RawBody, StringComparison.Ordinal);
        var tokens = fixture.Api.TokenRequests;

        // The token is revoked, then the API fails twice and hangs once: the answer still arrives, once.
        fixture.Api.FailNextSends(FakeWeChatServer.Failure.InvalidToken, FakeWeChatServer.Failure.ServerError,
            FakeWeChatServer.Failure.ServerError, FakeWeChatServer.Failure.Slow);
        await worker.PostMessageAsync(worker.Message("text", new XElement("Content", new XCData(SlowQuestion))));
        await worker.ExpectAsync("怎么做：");
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        Assert.Equal(2, worker.Received.Count(m => m.Contains("怎么做：", StringComparison.Ordinal)));
        Assert.Equal(tokens + 1, fixture.Api.TokenRequests);
    }

    [Fact]
    public async Task OutOfWindowError_HoldsMessages_UntilTheWorkerWritesAgain()
    {
        var worker = NewWorker();
        fixture.Api.OutOfWindow = true;
        try
        {
            await worker.PostMessageAsync(worker.Message("text", new XElement("Content", new XCData(SlowQuestion))));
            await WaitUntilHeldAsync(fixture.Server, worker.OpenId);
        }
        finally
        {
            fixture.Api.OutOfWindow = false;
        }

        Assert.Empty(fixture.Api.SentTo(worker.OpenId));
        Assert.Empty(worker.Received);
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        // Greeting, menu, the answer and the help text: each exactly once, in order (passively or through the API).
        var all = string.Join("\n", worker.Received);
        Assert.Equal(1, Count(all, BotText.Greeting));
        Assert.Equal(1, Count(all, "怎么做："));
        Assert.True(all.IndexOf(BotText.Greeting, StringComparison.Ordinal) < all.IndexOf("怎么做：", StringComparison.Ordinal));
        Assert.True(all.IndexOf("怎么做：", StringComparison.Ordinal) < all.IndexOf("随时说", StringComparison.Ordinal));
    }

    private static int Count(string text, string fragment) => (text.Length - text.Replace(fragment, string.Empty, StringComparison.Ordinal).Length) / fragment.Length;

    [Fact]
    public async Task OutsideThe48HourWindow_AStaffMessageWaits_AndGoesOutWithTheNextPassiveReply()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        await using var api = await FakeWeChatServer.StartAsync(WeChatChannelTests.SampleAppId);
        await using var server = await BotServer.StartAsync(WeChatChannelTests.Settings(api), configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var worker = new WeChatWorker(
            new HttpClient { BaseAddress = server.Address }, api, WeChatChannelTests.NewOpenId(), WeChatChannelTests.SampleToken, WeChatChannelTests.SampleCrypto(), clock);
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
