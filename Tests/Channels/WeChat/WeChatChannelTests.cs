using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Channels.WeChat;
using RightsBot.Localization;
using RightsBot.Storage;
using RightsBot.Tests.Cases;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>
/// The WeChat Official Account end to end in safe mode: signed, encrypted pushes, passive replies, numbered choices,
/// images, and a fake WeChat API server on loopback (the media allow-list names it, with the https and address checks
/// off for it). The account is configured with Tencent's published sample credentials, so the sample's ciphertext is
/// accepted (signed again with a current timestamp, as WeChat would sign it now).
/// </summary>
public sealed class WeChatChannelTests(WeChatChannelTests.Fixture fixture) : IClassFixture<WeChatChannelTests.Fixture>
{
    // Tencent's published safe-mode sample (token, EncodingAESKey, AppID and a signed, encrypted text message).
    public const string SampleToken = "QDG6eK";
    public const string SampleAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string SampleAppId = "wx5823bf96d3bd56c7";
    public const string SampleMessage =
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    public const string SampleMessageSignature = "477715d11cdb4164915debcba66cb864d751f3e6";
    public const string SampleEcho = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
    public const string SampleEchoSignature = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";

    private const string PrivacyAnswer = "隐私说明：";
    private static int _workers;

    public sealed class Fixture : IAsyncLifetime
    {
        internal FakeWeChatServer Api { get; private set; } = null!;
        internal BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Api = await FakeWeChatServer.StartAsync(SampleAppId);
            Server = await BotServer.StartAsync(Settings(Api));
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Api.DisposeAsync();
        }
    }

    /// <summary>The bot's settings: safe mode unless <paramref name="safeMode"/> is false; media from the fake unless <paramref name="fakeMedia"/> is false.</summary>
    internal static Dictionary<string, string?> Settings(FakeWeChatServer api, bool safeMode = true, bool fakeMedia = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:WeChat:AppId"] = SampleAppId,
            ["Channels:WeChat:AppSecret"] = FakeWeChatServer.AppSecret,
            ["Channels:WeChat:Token"] = SampleToken,
            ["Channels:WeChat:ApiBaseUrl"] = api.Address.ToString(),
            ["Cases:Api:Keys:0:Name"] = "hotline-desk",
            ["Cases:Api:Keys:0:KeySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(WageReportConversationTests.ApiKey))),
        };
        if (safeMode)
        {
            settings["Channels:WeChat:EncodingAesKey"] = SampleAesKey;
        }

        if (fakeMedia)
        {
            settings["Channels:WeChat:MediaHosts:0"] = api.Address.Host;
            settings["Channels:WeChat:MediaRequireHttps"] = "false";
            settings["Channels:WeChat:MediaBlockPrivateAddresses"] = "false";
        }

        return settings;
    }

    internal static WeChatCrypto SampleCrypto() => new(SampleToken, SampleAesKey, SampleAppId);

    internal static string NewOpenId() => $"oUser-{Interlocked.Increment(ref _workers)}-{Guid.NewGuid():N}";

    private HttpClient Http() => new() { BaseAddress = fixture.Server.Address };

    private WeChatWorker NewWorker() => new(Http(), fixture.Api, NewOpenId(), SampleToken, SampleCrypto());

    [Fact]
    public async Task UrlCheck_RightSignature_EchoesAndWrongSignatureIsRefused()
    {
        using var http = Http();
        var signature = WeChatCrypto.Sign(SampleToken, "1409659589", "263014780");
        var echoed = await http.GetAsync($"/api/channels/wechat?signature={signature}&timestamp=1409659589&nonce=263014780&echostr=5837397749120736417");
        Assert.Equal("5837397749120736417", await echoed.Content.ReadAsStringAsync());

        var wrong = await http.GetAsync("/api/channels/wechat?signature=0000000000000000000000000000000000000000&timestamp=1409659589&nonce=263014780&echostr=1");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);

        // Tencent's encrypted URL check (the safe-mode form) decrypts to its published plaintext.
        var sample = await http.GetAsync(
            $"/api/channels/wechat?msg_signature={SampleEchoSignature}&timestamp=1409659589&nonce=263014780&echostr={Uri.EscapeDataString(SampleEcho)}");
        Assert.Equal("1616140317555161061", await sample.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Push_WrongSignature_IsRefusedBeforeTheBodyIsRead()
    {
        var worker = NewWorker();
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostRawAsync("<xml><not closed", validSignature: false)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostRawAsync("<xml><not closed")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostRawAsync("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml>&e;</xml>")).Status);

        var message = worker.Message("text", new XElement("Content", new XCData("你好"))).ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostRawAsync(message, validSignature: false)).Status);
        Assert.Empty(fixture.Api.SentTo(worker.OpenId));
    }

    [Fact]
    public async Task PlainPush_WhenEncodingAesKeyIsConfigured_IsRefused()
    {
        var worker = NewWorker();
        var message = worker.Message("text", new XElement("Content", new XCData("你好"))).ToString(SaveOptions.DisableFormatting);

        // Rightly signed and fresh, but in plain mode, whose signature does not cover the body.
        var (status, body) = await worker.PostRawAsync(message, encrypt: false);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("<xml>", body, StringComparison.Ordinal);
        Assert.False(await fixture.Server.Services.GetRequiredService<ConversationStore>().ExistsAsync(ConversationKey.For("wechat", worker.OpenId), CancellationToken.None));
    }

    [Fact]
    public async Task EncryptedPush_WhenEncodingAesKeyIsConfigured_IsAcceptedAndAnsweredEncrypted()
    {
        var worker = NewWorker();
        var (status, body) = await worker.PostRawAsync(worker.Message("text", new XElement("Content", new XCData("你好"))).ToString(SaveOptions.DisableFormatting));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("您好", worker.ReadReply(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafeMode_TencentsSamplePush_IsAcceptedAndAnsweredWithAnEncryptedPassiveReply()
    {
        using var http = Http();
        var body = $"<xml><ToUserName><![CDATA[{SampleAppId}]]></ToUserName><Encrypt><![CDATA[{SampleMessage}]]></Encrypt></xml>";
        string Url()
        {
            var (timestamp, nonce) = (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), WeChatWorker.NewNonce());
            return $"/api/channels/wechat?signature={WeChatCrypto.Sign(SampleToken, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}" +
                $"&encrypt_type=aes&msg_signature={WeChatCrypto.Sign(SampleToken, timestamp, nonce, SampleMessage)}";
        }

        var response = await http.PostAsync(Url(), new StringContent(body, Encoding.UTF8, "text/xml"));

        // "mycreate" said "hello": first contact, so the passive reply greets, then answers with numbered choices.
        var worker = new WeChatWorker(http, fixture.Api, "mycreate", SampleToken, SampleCrypto());
        var reply = worker.ReadReply(await response.Content.ReadAsStringAsync());
        Assert.NotNull(reply);
        Assert.StartsWith("您好", reply, StringComparison.Ordinal);
        Assert.Contains(BotText.WithoutButtons(BotText.MenuPrompt), reply, StringComparison.Ordinal);
        Assert.Contains("\n" + BotText.ReplyWithNumber + "\n1 ", reply, StringComparison.Ordinal);

        // WeChat's retry of the same push (same MsgId, a new timestamp and nonce) runs nothing again.
        var retry = await http.PostAsync(Url(), new StringContent(body, Encoding.UTF8, "text/xml"));
        Assert.Equal("success", await retry.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Report_ThroughWeChat_AnsweredWithNumbersAndAPhoto_IsRegisteredAndStatusWorks()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        var photo = RandomNumberGenerator.GetBytes(1500);
        await WageReportConversationTests.FillConstructionReportAsync(worker, "微信建筑劳务公司", "139 8765 4321", photo: photo);
        var number = await WageReportConversationTests.SubmitAsync(worker);

        await WageReportConversationTests.StepAsync(worker, BotText.MenuStatus, BotText.StatusAskNumber);
        await WageReportConversationTests.StepAsync(worker, number, BotText.StatusAskPhone);
        var status = await WageReportConversationTests.StepAsync(worker, "13987654321", "已登记");
        Assert.Contains(status, t => t.Contains(number, StringComparison.Ordinal));
        Assert.True(worker.Passive.Count > 20, "Most answers came back as passive replies.");
        Assert.Contains(worker.Passive, p => p.Contains(BotText.AttachmentsAskWeChat, StringComparison.Ordinal));

        using var api = Http();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WageReportConversationTests.ApiKey);
        var view = JsonNode.Parse(await api.GetStringAsync($"/api/cases/{number}"))!;
        Assert.Equal("WeChat", view["source"]!.GetValue<string>());
        var url = Assert.Single(view["attachments"]!.AsArray())!["url"]!.GetValue<string>();
        Assert.Equal(photo, await api.GetByteArrayAsync(url));
    }

    [Fact]
    public async Task Number_AnswersTheLastChoices_InFullWidthOrAsAnOrdinal()
    {
        var worker = NewWorker();
        await worker.SendAsync("帮助");
        await worker.ExpectAsync("随时说");
        var privacy = worker.NumberFor(BotText.MenuPrivacy)!;
        Assert.Equal("5", privacy);

        await worker.SendAsync("５");
        await worker.ExpectAsync(PrivacyAnswer);
        await worker.SendAsync("第5个");
        await worker.ExpectAsync(PrivacyAnswer);
        // Out of range, it is just text.
        await worker.SendAsync("9");
        var answer = await worker.ExpectAsync(string.Empty);
        Assert.DoesNotContain(answer, a => a.Contains(PrivacyAnswer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameMsgId_PushedThreeTimesAtOnce_IsProcessedOnce()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);

        var push = worker.Message("text", new XElement("Content", new XCData(BotText.MenuPrivacy)));
        var bodies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => worker.PostMessageAsync(push)));
        await worker.SendAsync("帮助");
        var replies = await worker.ExpectAsync("随时说");

        Assert.Single(replies, r => r.Contains(PrivacyAnswer, StringComparison.Ordinal));
        Assert.Equal(2, bodies.Count(b => b == "success"));
    }

    [Fact]
    public async Task Voice_WithoutRecognition_IsAnsweredKindly_AndRecognisedSpeechIsRead()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);

        await worker.PostMessageAsync(worker.Message("voice", new XElement("MediaId", new XCData("m1")), new XElement("Format", new XCData("amr"))));
        var kind = await worker.ExpectAsync("12351");
        Assert.Contains(kind, t => t.Contains("暂时只能看文字和图片", StringComparison.Ordinal));

        await worker.PostMessageAsync(worker.Message("voice", new XElement("MediaId", new XCData("m2")), new XElement("Format", new XCData("amr")),
            new XElement("Recognition", new XCData(BotText.MenuPrivacy))));
        await worker.ExpectAsync(PrivacyAnswer);
    }

    [Fact]
    public async Task Subscribe_Event_GreetsOnce()
    {
        var worker = NewWorker();
        var subscribe = worker.Message("event", new XElement("Event", new XCData("subscribe")));
        await worker.PostMessageAsync(subscribe);
        var greeting = await worker.ExpectAsync("回复下面的数字，或者直接打字说您的问题");
        Assert.StartsWith("您好", greeting[0], StringComparison.Ordinal);
        Assert.Equal("success", await worker.PostMessageAsync(subscribe));
    }

    [Fact]
    public async Task Image_OnAnAllowedHost_IsFetched_AlsoThroughARedirectOnIt()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);
        var id = Guid.NewGuid().ToString("N");
        fixture.Api.Pictures[id] = RandomNumberGenerator.GetBytes(800);
        fixture.Api.Redirects[id] = new Uri(fixture.Api.Address, $"pic/{id}").ToString();

        await worker.SendPicUrlAsync(new Uri(fixture.Api.Address, $"go/{id}"));

        Assert.Equal(1, fixture.Api.PictureHits(id));
        using var scope = fixture.Server.Services.CreateScope();
        var key = ConversationKey.For("wechat", worker.OpenId);
        Assert.Single(scope.ServiceProvider.GetRequiredService<BotDbContext>().Attachments.Where(a => a.ConversationKey == key));
    }

    [Fact]
    public async Task Image_RedirectedFromAnAllowedHostToAnotherHost_IsNotFollowed_AndAnsweredKindly()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);
        var id = Guid.NewGuid().ToString("N");
        fixture.Api.Pictures[id] = RandomNumberGenerator.GetBytes(800);

        // The same fake under another name ("localhost" is not on the allow-list, 127.0.0.1 is).
        fixture.Api.Redirects[id] = $"http://localhost:{fixture.Api.Address.Port}/pic/{id}";
        await worker.SendPicUrlAsync(new Uri(fixture.Api.Address, $"go/{id}"));

        var kind = await worker.ExpectAsync("12351");
        Assert.Contains(kind, t => t.Contains(BotText.NonText, StringComparison.Ordinal));
        Assert.Equal(0, fixture.Api.PictureHits(id));
    }
}
