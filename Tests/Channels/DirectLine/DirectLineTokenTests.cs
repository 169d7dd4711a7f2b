using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.DirectLine;

/// <summary>Token rotation on refresh, the total lifetime of a conversation's tokens, and a user id asked for at generate.</summary>
public sealed class DirectLineTokenTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> RefreshAsync(DirectLineTestClient client, string token)
    {
        var response = await client.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    private static async Task<HttpStatusCode> OpenStreamAsync(Uri url)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        try
        {
            await socket.ConnectAsync(url, cts.Token);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }

    private static Uri StreamWith(DirectLineTestClient client, string token) =>
        new(client.StreamUrl[..client.StreamUrl.IndexOf("&t=", StringComparison.Ordinal)] + "&t=" + Uri.EscapeDataString(token));

    [Fact]
    public async Task Refresh_RetiresTheOldToken_ForRestCallsAndTheStream_AndTheNewOneWorks()
    {
        await using var server = await BotServer.StartAsync();
        using var client = await DirectLineTestClient.StartAsync(server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        var old = client.Token;
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await OpenStreamAsync(StreamWith(client, old)));

        var fresh = await RefreshAsync(client, old);

        var message = """{"type":"message","text":"帮助"}""";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", token: old)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json(message), old)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}", token: old)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: old)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await OpenStreamAsync(StreamWith(client, old)));
        Assert.Equal(HttpStatusCode.Forbidden, await OpenStreamAsync(new Uri(client.StreamUrl)));

        Assert.Equal(HttpStatusCode.OK, (await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json(message), fresh)).StatusCode);
        var reconnect = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark=", token: fresh);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await OpenStreamAsync(new Uri(streamUrl)));
        Assert.Equal(HttpStatusCode.OK, (await client.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: fresh)).StatusCode);
    }

    [Fact]
    public async Task Refresh_ARetiredTokenStaysRefusedAfterARestart()
    {
        using var data = new TempDirectory();
        string conversationId, old, fresh;
        await using (var first = await BotServer.StartAsync(dataDirectory: data.Path))
        {
            using var client = await DirectLineTestClient.StartAsync(first.Address);
            conversationId = client.ConversationId;
            old = client.Token;
            fresh = await RefreshAsync(client, old);
        }

        await using var second = await BotServer.StartAsync(dataDirectory: data.Path);
        using var http = new HttpClient { BaseAddress = new Uri(second.Address, "/v3/directline/") };
        HttpRequestMessage Read(string token) => new(HttpMethod.Get, $"conversations/{conversationId}/activities") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(Read(old))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Read(fresh))).StatusCode);
    }

    [Fact]
    public async Task Refresh_RepeatedOrAfterExpiry_NeverGoesPastTheConversationsTotalLifetime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var server = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["DirectLine:MaxConversationHours"] = "2", ["DirectLine:TokenLifetimeMinutes"] = "60", ["DirectLine:RefreshGraceHours"] = "24" },
            configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        using var client = await DirectLineTestClient.StartAsync(server.Address);
        var token = client.Token;

        async Task<(HttpStatusCode Status, string? Token, int ExpiresIn)> Refresh()
        {
            var response = await client.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (response.StatusCode, null, 0);
            }

            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return (response.StatusCode, body["token"]!.GetValue<string>(), body["expires_in"]!.GetValue<int>());
        }

        clock.Advance(TimeSpan.FromMinutes(50));
        var first = await Refresh();
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(3600, first.ExpiresIn);
        token = first.Token!;

        // 1 h 40 min in: the new token ends with the conversation, at 2 h.
        clock.Advance(TimeSpan.FromMinutes(50));
        var second = await Refresh();
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(20 * 60, second.ExpiresIn);
        token = second.Token!;

        // Expired a minute ago and well within the refresh grace, but past the conversation's total lifetime.
        clock.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.Forbidden, (await Refresh()).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", token: token)).StatusCode);
    }

    [Fact]
    public async Task Generate_WithARequestedDlUserId_BindsTheTokenToIt_AndOtherIdsAreRefused()
    {
        await using var server = await BotServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.Address, "/v3/directline/") };
        var generated = await http.PostAsync("tokens/generate", Json("""{"user":{"id":"dl_worker-7","name":"小王"}}"""));
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();

        using var start = new HttpRequestMessage(HttpMethod.Post, "conversations") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var started = (await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonObject>())!;
        var conversationId = started["conversationId"]!.GetValue<string>();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"conversations/{conversationId}/activities")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            Content = Json("""{"type":"message","text":"帮助","from":{"id":"dl_someone-else","role":"user"}}"""),
        };
        var id = (await (await http.SendAsync(post)).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var read = new HttpRequestMessage(HttpMethod.Get, $"conversations/{conversationId}/activities") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var activities = (await (await http.SendAsync(read)).Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        var echo = activities.Single(a => a!["id"]?.GetValue<string>() == id)!;
        Assert.Equal("dl_worker-7", echo["from"]!["id"]!.GetValue<string>());

        foreach (var refused in new[] { """{"user":{"id":"worker-7"}}""", """{"user":{"id":42}}""", """{"user":"dl_x"}""", """[1]""", "{" })
        {
            var response = await http.PostAsync("tokens/generate", Json(refused));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        // Without a body, or without a user id, the id is a fresh dl_ one.
        foreach (var body in new HttpContent?[] { null, Json("{}"), Json("""{"user":{"name":"小王"}}""") })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("tokens/generate", body)).StatusCode);
        }
    }
}
