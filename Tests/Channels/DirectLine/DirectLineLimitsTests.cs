using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.DirectLine;

/// <summary>Direct Line abuse limits with small numbers: budgets, message rate, upload quota, streams, body size.</summary>
public sealed class DirectLineLimitsTests(DirectLineLimitsTests.SmallLimitsFixture fixture) : IClassFixture<DirectLineLimitsTests.SmallLimitsFixture>
{
    private const int MessagesPerMinute = 20;
    private readonly BotServer _server = fixture.Server;

    public sealed class SmallLimitsFixture : BotServerFixture
    {
        internal override Task<BotServer> StartAsync() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Limits:MessagesPerMinutePerConversation"] = MessagesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:Limits:UploadBytesPerConversationPerDay"] = "100000",
            ["DirectLine:Limits:WebSocketsPerConversation"] = "3",
        });
    }

    private static async Task<HttpResponseMessage> PostMessageAsync(DirectLineTestClient client, string text)
    {
        var body = new JsonObject { ["type"] = "message", ["text"] = text, ["from"] = new JsonObject { ["id"] = "x" } };
        return await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private static MultipartFormDataContent Upload(int bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(new byte[bytes]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "pay.pdf");
        return form;
    }

    [Fact]
    public async Task TokenRefreshes_DoNotEatTheNewConversationBudget()
    {
        await using var server = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:NewConversationsPerMinutePerClient"] = "3",
            ["DirectLine:Limits:TokenRequestsPerMinutePerClient"] = "1000",
        });

        using var first = await DirectLineTestClient.StartAsync(server.Address);
        var token = first.Token;
        for (var i = 0; i < 10; i++)
        {
            // Each refresh replaces the token, so the next one uses the new token.
            var refreshed = await first.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: token);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            token = DirectLineTestClient.Parse(await refreshed.Content.ReadAsStringAsync())["token"]!.GetValue<string>();
        }

        // One new conversation costs one permit (generate), not two; refreshes cost none.
        using var second = await DirectLineTestClient.StartAsync(server.Address);
        using var third = await DirectLineTestClient.StartAsync(server.Address);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
    }

    [Fact]
    public async Task MessagesOverTheRate_GetAKindReplyAnd429_AndAreNotStored()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        for (var i = 0; i < MessagesPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostMessageAsync(client, "你好 " + i)).StatusCode);
        }

        var refused = await PostMessageAsync(client, "多出来的一条");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("TooManyRequests", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
        await client.WaitForBotAsync(m => DirectLineTestClient.Text(m) == BotText.SendingTooFast);
        Assert.DoesNotContain(client.Received, a => DirectLineTestClient.Text(a) == "多出来的一条");
    }

    [Fact]
    public async Task UploadsOverTheDailyQuota_AreRefusedKindly_AndEarlierFilesStay()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        using (var first = Upload(60_000))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/upload", first)).StatusCode);
        }

        using var second = Upload(60_000);
        var refused = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/upload", second);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("UploadQuotaExceeded", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
        await client.WaitForBotAsync(m => DirectLineTestClient.Text(m) == BotText.UploadQuotaReached);
        Assert.Single(client.Received, a => a["attachments"] is JsonArray { Count: 1 } && a["from"]?["role"]?.GetValue<string>() == "user");
    }

    [Fact]
    public async Task FourthStreamOnAConversation_IsRefusedBeforeTheUpgrade_AndAClosedStreamFreesItsSlot()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        var open = new List<ClientWebSocket>();
        for (var i = 0; i < 3; i++)
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(await StreamUrlAsync(client)), cts.Token);
            open.Add(socket);
        }

        using var fourth = new ClientWebSocket();
        fourth.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(async () => await fourth.ConnectAsync(new Uri(await StreamUrlAsync(client)), cts.Token));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.HttpStatusCode);

        await open[0].CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
        open[0].Dispose();

        // The server frees the slot once it has seen the close; retry until it has.
        while (true)
        {
            using var again = new ClientWebSocket();
            try
            {
                await again.ConnectAsync(new Uri(await StreamUrlAsync(client)), cts.Token);
                Assert.Equal(WebSocketState.Open, again.State);
                break;
            }
            catch (WebSocketException)
            {
                await Task.Delay(20, cts.Token);
            }
        }

        foreach (var socket in open.Skip(1))
        {
            socket.Dispose();
        }
    }

    [Fact]
    public async Task StreamsOverThePerAddressLimit_AreRefused_EvenOnAnotherConversation()
    {
        await using var server = await BotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:Limits:WebSocketsPerClient"] = "2" });
        using var first = await DirectLineTestClient.StartAsync(server.Address);
        using var second = await DirectLineTestClient.StartAsync(server.Address);
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        using var a = new ClientWebSocket();
        using var b = new ClientWebSocket();
        await a.ConnectAsync(new Uri(await StreamUrlAsync(first)), cts.Token);
        await b.ConnectAsync(new Uri(await StreamUrlAsync(second)), cts.Token);

        using var third = new ClientWebSocket();
        third.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(async () => await third.ConnectAsync(new Uri(await StreamUrlAsync(second)), cts.Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.HttpStatusCode);
    }

    [Fact]
    public async Task OversizedActivity_Is413()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var body = new JsonObject { ["type"] = "message", ["text"] = "x", ["value"] = new string('a', 200_000) };

        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<string> StreamUrlAsync(DirectLineTestClient client)
    {
        var reconnect = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark=");
        reconnect.EnsureSuccessStatusCode();
        return (await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();
    }
}
