using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Localization;
using RightsBot.Tests.Cases;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.Telegram;

/// <summary>Telegram end to end: the webhook, the one turn pipeline, the outbox and a fake Bot API on loopback.</summary>
public sealed class TelegramChannelTests(TelegramChannelTests.Fixture fixture) : IClassFixture<TelegramChannelTests.Fixture>
{
    public const string Secret = "test-secret_token-123";
    private static int _chats = 9_000_000;

    public sealed class Fixture : IAsyncLifetime
    {
        internal FakeTelegramBotApi Api { get; private set; } = null!;
        internal BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Api = await FakeTelegramBotApi.StartAsync();
            Server = await BotServer.StartAsync(Settings(Api));
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Api.DisposeAsync();
        }
    }

    internal static Dictionary<string, string?> Settings(FakeTelegramBotApi api) => new()
    {
        ["Channels:Telegram:BotToken"] = FakeTelegramBotApi.Token,
        ["Channels:Telegram:SecretToken"] = Secret,
        ["Channels:Telegram:ApiBaseUrl"] = api.Address.ToString(),
        ["Cases:Api:Keys:0:Name"] = "hotline-desk",
        ["Cases:Api:Keys:0:KeySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(WageReportConversationTests.ApiKey))),
    };

    internal static long NewChatId() => Interlocked.Increment(ref _chats);

    private TelegramWorker NewWorker() => new(new HttpClient { BaseAddress = fixture.Server.Address }, fixture.Api, NewChatId(), Secret);

    [Fact]
    public async Task Webhook_WrongOrMissingSecret_IsRefusedBeforeTheBodyIsRead()
    {
        var worker = NewWorker();
        var update = worker.Update(new JsonObject { ["text"] = "你好" }).ToJsonString();

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostRawAsync(update, secretToken: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostRawAsync(update, "wrong-secret")).StatusCode);
        // A malformed body with a wrong secret is still refused for the secret, not parsed.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostRawAsync("{not json", "wrong-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostRawAsync("{not json", Secret)).StatusCode);

        // Nothing refused reached the pipeline: the next real message is this chat's first contact (greeting first).
        await worker.SendAsync("你好");
        var first = await worker.ExpectAsync(BotText.MenuPrompt);
        Assert.StartsWith("您好", first[0], StringComparison.Ordinal);
        Assert.Equal(BotText.MenuOptions, worker.Last!.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task Report_ThroughTelegram_WithButtonsAndAPhoto_IsRegisteredAndStatusNewsReachesTheChat()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");

        var photo = RandomNumberGenerator.GetBytes(2048);
        await WageReportConversationTests.FillConstructionReportAsync(worker, "电报建筑劳务公司", "138 2345 6789", photo: photo);
        var callbacks = fixture.Api.AnsweredCallbacks.Count;
        var number = await WageReportConversationTests.SubmitAsync(worker);
        Assert.True(callbacks > 5, "Button presses are answered (answerCallbackQuery).");
        Assert.Contains(fixture.Api.SentTo(worker.ChatId), m => m.Text == BotText.AttachmentsAskTelegram);

        await WageReportConversationTests.StepAsync(worker, BotText.MenuStatus, BotText.StatusAskNumber);
        await WageReportConversationTests.StepAsync(worker, number, BotText.StatusAskPhone);
        var status = await WageReportConversationTests.StepAsync(worker, "13823456789", "已登记");
        Assert.Contains(status, t => t.Contains(number, StringComparison.Ordinal));

        using var api = new HttpClient { BaseAddress = fixture.Server.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WageReportConversationTests.ApiKey);
        var view = JsonNode.Parse(await api.GetStringAsync($"/api/cases/{number}"))!;
        Assert.Equal("Telegram", view["source"]!.GetValue<string>());
        var url = Assert.Single(view["attachments"]!.AsArray())!["url"]!.GetValue<string>();
        Assert.Equal(photo, await api.GetByteArrayAsync(url));

        // Staff move the case: the worker hears it in their own Telegram chat, unasked.
        var moved = await api.PostAsJsonAsync($"/api/cases/{number}/status", new { status = "Referred", referredTo = "LaborInspection" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var news = await worker.ExpectAsync("劳动监察");
        Assert.Contains(news, t => t.Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameUpdate_DeliveredSeveralTimes_IsProcessedOnce()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);

        var update = worker.Update(new JsonObject { ["text"] = BotText.MenuPrivacy });
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => worker.PostAsync(update)));
        await worker.PostAsync(update);
        await worker.SendAsync("帮助");

        // Turns run in order, so a second privacy answer would come before the help answer.
        var replies = await worker.ExpectAsync("随时说");
        Assert.Single(replies, r => r.StartsWith("隐私说明", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaleButton_FromAnOlderMessage_StillMeansWhatItSaid()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);
        var menu = worker.Last!;
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");

        await worker.PressAsync(menu.Buttons.Single(b => b.Text == BotText.MenuPrivacy));
        await worker.ExpectAsync("隐私说明");
    }
}
