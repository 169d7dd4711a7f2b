using System.Net;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Hosting;

/// <summary>Rate limits count per client address, and X-Forwarded-For is believed only from configured proxies.</summary>
public sealed class ForwardedHeadersTests
{
    private static Dictionary<string, string?> TwoConversationsPerMinute(string? knownProxy = null)
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:NewConversationsPerMinutePerClient"] = "2" };
        if (knownProxy is not null)
        {
            settings["Hosting:ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }

        return settings;
    }

    private static async Task<HttpStatusCode> GenerateAsync(HttpClient http, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await http.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task SpoofedForwardedFor_FromADirectClient_DoesNotGiveAFreshBudget()
    {
        await using var server = await BotServer.StartAsync(TwoConversationsPerMinute());
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.OK, await GenerateAsync(http, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await GenerateAsync(http, "198.51.100.2"));
        var third = await GenerateAsync(http, "198.51.100.3");

        Assert.Equal(HttpStatusCode.TooManyRequests, third);
    }

    [Fact]
    public async Task ForwardedFor_FromAKnownProxy_GivesEachClientItsOwnBudget()
    {
        await using var server = await BotServer.StartAsync(TwoConversationsPerMinute(knownProxy: "127.0.0.1"));
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.OK, await GenerateAsync(http, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await GenerateAsync(http, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GenerateAsync(http, "198.51.100.1"));

        Assert.Equal(HttpStatusCode.OK, await GenerateAsync(http, "198.51.100.2"));
        Assert.Equal(HttpStatusCode.OK, await GenerateAsync(http, "2001:db8::7"));
    }
}
