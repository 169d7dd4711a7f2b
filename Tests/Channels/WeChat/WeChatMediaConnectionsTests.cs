using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using RightsBot.Channels.WeChat;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>
/// The media client as the WeChat registration wires it: which URLs it may fetch, and that the address check at connect
/// time refuses loopback whatever the host is called, without retrying.
/// </summary>
public sealed class WeChatMediaConnectionsTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::", false)]
    [InlineData("::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:7f00:1::", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("100.128.0.1", true)]
    [InlineData("101.226.4.6", true)]
    [InlineData("::ffff:101.226.4.6", true)]
    [InlineData("240e:e1:a800::1", true)]
    public void IsPublic_RefusesEveryPrivateOrSpecialRange(string address, bool isPublic) =>
        Assert.Equal(isPublic, WeChatMediaConnections.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://mmbiz.qpic.cn/mmbiz_jpg/abc/0", "https://mmbiz.qpic.cn/mmbiz_jpg/abc/0")]
    [InlineData("https://MMBIZ.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg", "https://mmbiz.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg")]
    [InlineData("https://mmbiz.qpic.cn:8443/a", null)]
    [InlineData("https://user@mmbiz.qpic.cn/a", null)]
    [InlineData("https://mmbiz.qpic.cn.example.org/a", null)]
    [InlineData("http://127.0.0.1/pic/1", null)]
    [InlineData("http://localhost/pic/1", null)]
    [InlineData("ftp://mmbiz.qpic.cn/a", null)]
    public void DefaultPolicy_AllowsOnlyWeChatsHosts_OverHttps(string url, string? fetched)
    {
        var policy = new WeChatMediaPolicy(Options.Create(new WeChatOptions()));
        Assert.Equal(fetched, policy.Allow(new Uri(url))?.ToString());
    }

    [Fact]
    public async Task MediaClient_ToALoopbackAddress_IsRefusedAtConnect_WhateverTheHostIsCalled_AndNotRetried()
    {
        await using var fake = await FakeWeChatServer.StartAsync(WeChatChannelTests.SampleAppId);
        var id = Guid.NewGuid().ToString("N");
        fake.Pictures[id] = RandomNumberGenerator.GetBytes(100);

        // The allow-list names localhost and plain http is allowed, but the address check is left at its default.
        using var host = Build(new()
        {
            ["Channels:WeChat:MediaHosts:0"] = "localhost",
            ["Channels:WeChat:MediaHosts:1"] = "127.0.0.1",
            ["Channels:WeChat:MediaRequireHttps"] = "false",
        });
        var api = host.Services.GetRequiredService<WeChatApi>();
        foreach (var url in new[] { $"http://localhost:{fake.Address.Port}/pic/{id}", $"http://127.0.0.1:{fake.Address.Port}/pic/{id}" })
        {
            var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(() => api.DownloadAsync(new Uri(url), Stream.Null, CancellationToken.None));
            Assert.True(WeChatMediaRefusedException.IsIn(refused), refused.ToString());
        }

        Assert.Equal(0, fake.PictureHits(id));

        // A refusal is final: the media client's retry strategy does not try it again.
        var resilience = host.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(WeChatRegistration.MediaHttpClientName + "-standard");
        var context = ResilienceContextPool.Shared.Get();
        var wrapped = new HttpRequestException("connect failed", new WeChatMediaRefusedException("not public"));
        Assert.False(await resilience.Retry.ShouldHandle(new RetryPredicateArguments<HttpResponseMessage>(context, Outcome.FromException<HttpResponseMessage>(wrapped), 0)));
        Assert.True(await resilience.Retry.ShouldHandle(new RetryPredicateArguments<HttpResponseMessage>(context, Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), 0)));
        ResilienceContextPool.Shared.Return(context);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Channels:WeChat:AppId"] = WeChatChannelTests.SampleAppId,
            ["Channels:WeChat:AppSecret"] = FakeWeChatServer.AppSecret,
            ["Channels:WeChat:Token"] = WeChatChannelTests.SampleToken,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddWeChat();
        return builder.Build();
    }
}
