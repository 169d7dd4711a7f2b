using System.Text.Json.Nodes;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.Telegram;

/// <summary>The outbox against a Bot API that rate-limits, fails, hangs, goes down, and a bot that restarts.</summary>
public sealed class TelegramDeliveryTests
{
    /// <summary>Short timeouts and backoffs so failures play out in about a second.</summary>
    private static Dictionary<string, string?> FastSettings(FakeTelegramBotApi api)
    {
        var settings = TelegramChannelTests.Settings(api);
        settings["Channels:Delivery:AttemptTimeoutSeconds"] = "0.5";
        settings["Channels:Delivery:TotalTimeoutSeconds"] = "3";
        settings["Channels:Delivery:MaxRetries"] = "1";
        settings["Channels:Delivery:RetryDelaySeconds"] = "0.05";
        settings["Channels:Delivery:BackoffSeconds"] = "0.2";
        settings["Channels:Delivery:MaxBackoffSeconds"] = "1";
        settings["Channels:Delivery:SweepSeconds"] = "0.1";
        return settings;
    }

    private static readonly string[] FirstContact = [BotText.Greeting, BotText.MenuPrompt];

    [Fact]
    public async Task Outbox_AfterRateLimitsServerErrorsAndTimeouts_DeliversEveryMessageOnceInOrder()
    {
        await using var api = await FakeTelegramBotApi.StartAsync();
        await using var server = await BotServer.StartAsync(FastSettings(api));
        // 500 twice (the quick retry and then the outbox's), 500 then 429 (retry_after honoured by the outbox),
        // a hang past the attempt timeout then 500: every message is refused several times before it goes through.
        api.FailNextSends(
            FakeTelegramBotApi.Failure.ServerError, FakeTelegramBotApi.Failure.ServerError,
            FakeTelegramBotApi.Failure.ServerError, FakeTelegramBotApi.Failure.TooManyRequests,
            FakeTelegramBotApi.Failure.Slow, FakeTelegramBotApi.Failure.ServerError,
            FakeTelegramBotApi.Failure.TooManyRequests);
        var worker = new TelegramWorker(new HttpClient { BaseAddress = server.Address }, api, TelegramChannelTests.NewChatId(), TelegramChannelTests.Secret);

        await worker.SendAsync(BotText.MenuPrivacy);
        await worker.ExpectAsync("隐私说明");
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        var texts = api.SentTo(worker.ChatId).Select(m => m.Text).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Equal(FirstContact, texts.Take(2));
        Assert.StartsWith("隐私说明", texts[2], StringComparison.Ordinal);
        Assert.True(api.Calls.Count(c => c == "sendMessage") >= texts.Count + 7, "Every failure was followed by another attempt.");
    }

    [Fact]
    public async Task Outbox_DuringAnOutageAcrossARestart_ResumesFromItsCursorAndSendsOnce()
    {
        using var data = new TempDirectory();
        await using var api = await FakeTelegramBotApi.StartAsync();
        api.Down = true;
        var chatId = TelegramChannelTests.NewChatId();
        await using (var first = await BotServer.StartAsync(FastSettings(api), data.Path))
        {
            var worker = new TelegramWorker(new HttpClient { BaseAddress = first.Address }, api, chatId, TelegramChannelTests.Secret);
            await worker.SendAsync("你好");
            using var cts = new CancellationTokenSource(TestTimeouts.Turn);
            while (api.Calls.Count(c => c == "sendMessage") < 4)
            {
                await Task.Delay(20, cts.Token);
            }
        }

        Assert.Empty(api.SentTo(chatId));
        api.Down = false;
        await using var second = await BotServer.StartAsync(FastSettings(api), data.Path);
        var again = new TelegramWorker(new HttpClient { BaseAddress = second.Address }, api, chatId, TelegramChannelTests.Secret);
        await again.ExpectAsync(BotText.MenuPrompt);
        await again.SendAsync(BotText.MenuPrivacy);
        await again.ExpectAsync("隐私说明");

        var texts = api.SentTo(chatId).Select(m => m.Text).ToList();
        Assert.Equal(FirstContact, texts.Take(2));
        Assert.Single(texts, t => t == BotText.Greeting);
        Assert.Equal(4, texts.Count);
    }

    [Fact]
    public async Task Polling_WithoutAWebhook_ReceivesUpdatesAndReplies()
    {
        await using var api = await FakeTelegramBotApi.StartAsync();
        var settings = TelegramChannelTests.Settings(api);
        settings["Channels:Telegram:Mode"] = "polling";
        settings["Channels:Telegram:SecretToken"] = null;
        settings["Channels:Telegram:PollingTimeoutSeconds"] = "1";
        await using var server = await BotServer.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = server.Address };
        var worker = new TelegramWorker(http, api, TelegramChannelTests.NewChatId(), TelegramChannelTests.Secret);

        api.QueueUpdate(worker.Update(new JsonObject { ["text"] = BotText.MenuPrivacy }));
        await worker.ExpectAsync("隐私说明");

        Assert.Contains("deleteWebhook", api.Calls);
        // In polling mode the webhook address is not served at all (404, or 405 where the static-file fallback matches the path).
        var webhook = (await worker.PostRawAsync("{}", TelegramChannelTests.Secret)).StatusCode;
        Assert.True(webhook is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.MethodNotAllowed, webhook.ToString());
    }
}
