using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Localization;
using RightsBot.Storage;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>
/// A captured push cannot be used again, and a message cannot make the bot fetch from where it likes. The bot runs in
/// plain mode (no EncodingAESKey, so the signature covers the query only) with the media settings left at their
/// defaults: WeChat's own hosts, https, public addresses only.
/// </summary>
public sealed class WeChatPushSecurityTests(WeChatPushSecurityTests.Fixture fixture) : IClassFixture<WeChatPushSecurityTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        internal FakeWeChatServer Api { get; private set; } = null!;
        internal BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Api = await FakeWeChatServer.StartAsync(WeChatChannelTests.SampleAppId);
            Server = await BotServer.StartAsync(WeChatChannelTests.Settings(Api, safeMode: false, fakeMedia: false));
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Api.DisposeAsync();
        }
    }

    private WeChatWorker NewWorker() =>
        new(new HttpClient { BaseAddress = fixture.Server.Address }, fixture.Api, WeChatChannelTests.NewOpenId(), WeChatChannelTests.SampleToken);

    private Task<bool> HasConversationAsync(WeChatWorker worker) =>
        fixture.Server.Services.GetRequiredService<ConversationStore>().ExistsAsync(ConversationKey.For("wechat", worker.OpenId), CancellationToken.None);

    private static string Hello(WeChatWorker worker) => worker.Message("text", new XElement("Content", new XCData("你好"))).ToString(SaveOptions.DisableFormatting);

    [Fact]
    public async Task Push_FreshAndSigned_IsAccepted_EvenFourMinutesOld()
    {
        var worker = NewWorker();

        var (status, body) = await worker.PostRawAsync(Hello(worker), timestamp: worker.Timestamp(TimeSpan.FromMinutes(-4)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("您好", worker.ReadReply(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(-400 * 24 * 3600)]
    public async Task Push_WithTimestampOlderThanTheWindow_IsRefusedBeforeTheBodyIsRead(int ageSeconds)
    {
        var worker = NewWorker();

        // A malformed body would be a 400 if it were read; a well-formed one would start a conversation.
        var malformed = await worker.PostRawAsync("<xml><not closed", timestamp: worker.Timestamp(TimeSpan.FromSeconds(ageSeconds)));
        var message = await worker.PostRawAsync(Hello(worker), timestamp: worker.Timestamp(TimeSpan.FromSeconds(ageSeconds)));

        Assert.Equal(HttpStatusCode.Forbidden, malformed.Status);
        Assert.Equal(HttpStatusCode.Forbidden, message.Status);
        Assert.DoesNotContain("<xml>", message.Body, StringComparison.Ordinal);
        Assert.False(await HasConversationAsync(worker));
    }

    [Fact]
    public async Task Push_WithTimestampFromTheFuture_IsRefused()
    {
        var worker = NewWorker();

        var (status, _) = await worker.PostRawAsync(Hello(worker), timestamp: worker.Timestamp(TimeSpan.FromSeconds(301)));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.False(await HasConversationAsync(worker));
    }

    [Fact]
    public async Task Push_WithReusedNonce_IsRefused_WhateverItsBody()
    {
        var worker = NewWorker();
        var (timestamp, nonce) = (worker.Timestamp(), WeChatWorker.NewNonce());
        var hello = Hello(worker);
        Assert.Equal(HttpStatusCode.OK, (await worker.PostRawAsync(hello, timestamp: timestamp, nonce: nonce)).Status);

        // The captured signed URL with another worker's OpenID and words in the body (the plain signature does not cover it).
        var victim = NewWorker();
        var forged = await victim.PostRawAsync(Hello(victim), timestamp: timestamp, nonce: nonce);
        var malformed = await worker.PostRawAsync("<xml><not closed", timestamp: timestamp, nonce: nonce);

        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.Forbidden, malformed.Status);
        Assert.False(await HasConversationAsync(victim));

        // WeChat's own retry comes with a new timestamp and nonce: accepted (and de-duplicated by MsgId as before).
        Assert.Equal((HttpStatusCode.OK, "success"), await worker.PostRawAsync(hello));
    }

    [Fact]
    public async Task Image_WithLoopbackPicUrl_IsNotFetchedByDefault_AndAnsweredKindly()
    {
        var worker = NewWorker();
        await worker.SendAsync("你好");
        await worker.ExpectAsync(BotText.MenuPrompt);
        var id = Guid.NewGuid().ToString("N");
        fixture.Api.Pictures[id] = RandomNumberGenerator.GetBytes(800);

        await worker.SendPicUrlAsync(new Uri(fixture.Api.Address, $"pic/{id}"));
        await worker.SendPicUrlAsync(new Uri($"http://localhost:{fixture.Api.Address.Port}/pic/{id}"));

        var kind = await worker.ExpectAsync("12351");
        Assert.Contains(kind, t => t.Contains(BotText.NonText, StringComparison.Ordinal));
        Assert.Equal(0, fixture.Api.PictureHits(id));
    }
}
