using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Channels.DirectLine;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.DirectLine;

public sealed class DirectLineProtocolTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private readonly BotServer _server = fixture.Server;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, body["status"]!.GetValue<int>());
        Assert.NotNull(body["error"]?["code"]);
    }

    [Fact]
    public async Task PostActivity_Message_EchoesWithServerIdTimestampAndUntouchedChannelData()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var id = await client.SayAsync("隐私说明");
        await client.ExpectAsync("隐私说明");

        var echo = client.Received.Single(a => a["id"]?.GetValue<string>() == id);
        Assert.StartsWith(client.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.StartsWith("test-", echo["channelData"]!["clientActivityID"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(echo["timestamp"]);
        var reply = client.Received.Last(DirectLineTestClient.IsBotMessage);
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_SameClientActivityIdTwice_IsAnsweredOnce()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        var body = """{"type":"message","text":"隐私说明","channelData":{"clientActivityID":"dup-1"}}""";
        var first = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json(body));
        var second = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json(body));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var secondId = (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal(firstId, secondId);

        await client.ExpectAsync("隐私说明");
        await client.SayAsync("帮助");
        await client.ExpectAsync("您可以");
        Assert.Single(client.Received, a => DirectLineTestClient.IsBotMessage(a) && DirectLineTestClient.Text(a).StartsWith("隐私说明", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetActivities_Watermark_ReturnsOnlyNewer()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        var all = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities?watermark=");
        var set = (await all.Content.ReadFromJsonAsync<JsonObject>())!;
        var watermark = set["watermark"]!.GetValue<string>();
        Assert.NotEmpty(set["activities"]!.AsArray());

        var none = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities?watermark={watermark}");
        var empty = (await none.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty(empty["activities"]!.AsArray());
        Assert.Equal(watermark, empty["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_KnownConversation_ReturnsFreshTokenAndStreamUrlWithWatermark()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var response = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark=7");
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.StartsWith("ws://", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("watermark=7", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(body["expires_in"]!.GetValue<int>() > 30 * 60);
    }

    [Fact]
    public async Task StartConversation_SameTokenTwice_SecondIs200AndGreetsOnce()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.Address, "/v3/directline/") };
        var token = (await (await http.PostAsync("tokens/generate", null)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        HttpRequestMessage Start() => new(HttpMethod.Post, "conversations") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(Start())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Start())).StatusCode);
    }

    [Fact]
    public async Task RefreshToken_ValidToken_ReturnsNewTokenForSameConversation()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var response = await client.SendRawAsync(HttpMethod.Post, "tokens/refresh");
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RefreshToken_ExpiredWithinTheGrace_ContinuesTheSameConversation_TooOld_Is403()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var tokens = _server.Services.GetRequiredService<DirectLineTokens>();
        var hoursAgo = tokens.Issue(client.ConversationId, "dl_x", DirectLineTokens.ConversationScope, TimeSpan.FromHours(-3));
        var refreshed = await client.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: hoursAgo);
        refreshed.EnsureSuccessStatusCode();
        Assert.Equal(client.ConversationId, (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>());

        var daysAgo = tokens.Issue(client.ConversationId, "dl_x", DirectLineTokens.ConversationScope, TimeSpan.FromDays(-3));
        await AssertProblemAsync(await client.SendRawAsync(HttpMethod.Post, "tokens/refresh", token: daysAgo), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", token: hoursAgo), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostActivity_MalformedJson_Is400ProblemDetails()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json("{\"type\":\"message\",\"text\":"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"text":"没有类型"}""")]
    [InlineData("""{"type":null,"text":"hi"}""")]
    [InlineData("""{"type":5,"text":"hi"}""")]
    [InlineData("""{"type":"","text":"hi"}""")]
    [InlineData("""{}""")]
    [InlineData("""[]""")]
    [InlineData("""[{"type":"message","text":"hi"}]""")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("""{"type":"message","from":"me"}""")]
    [InlineData("""{"type":"message","timestamp":"昨天"}""")]
    [InlineData("""{"type":"message","attachments":{"a":1}}""")]
    public async Task PostActivity_WithoutATypeOrOfTheWrongShape_Is400ProblemDetails(string body)
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json(body));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostActivity_WrongContentType_Is415ProblemDetails()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", new StringContent("type=message&text=hi", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PostActivity_64KilobytesOfText_IsRejectedWith4xxProblemDetails()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var body = new JsonObject { ["type"] = "message", ["text"] = new string('欠', 64 * 1024) }.ToJsonString();
        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json(body));
        Assert.True((int)response.StatusCode is >= 400 and < 500);
        await AssertProblemAsync(response, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_UnknownType_Is400ProblemDetails()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", Json("""{"type":"teleport","text":"hi"}"""));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostActivity_UnknownFields_AreIgnoredAndKept()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var id = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities",
            Json("""{"type":"message","text":"隐私说明","futureField":{"a":1},"channelData":{"clientActivityID":"x1"}}"""));
        id.EnsureSuccessStatusCode();
        await client.ExpectAsync("隐私说明");
        var echo = client.Received.Single(a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "x1");
        Assert.Equal(1, echo["futureField"]!["a"]!.GetValue<int>());
    }

    [Fact]
    public async Task Token_OfAnotherConversation_Is403()
    {
        using var alice = await DirectLineTestClient.StartAsync(_server.Address);
        using var bob = await DirectLineTestClient.StartAsync(_server.Address);
        var read = await bob.SendRawAsync(HttpMethod.Get, $"conversations/{alice.ConversationId}/activities?watermark=");
        await AssertProblemAsync(read, HttpStatusCode.Forbidden);
        var write = await bob.SendRawAsync(HttpMethod.Post, $"conversations/{alice.ConversationId}/activities", Json("""{"type":"message","text":"hi"}"""));
        await AssertProblemAsync(write, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_Expired_Is403TokenExpired()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        var tokens = _server.Services.GetRequiredService<DirectLineTokens>();
        var expired = tokens.Issue(client.ConversationId, "dl_x", DirectLineTokens.ConversationScope, TimeSpan.FromMinutes(-1));
        var response = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", token: expired);
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("TokenExpired", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_MissingOrForged_Is401()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        using var anonymous = new HttpClient { BaseAddress = client.Http.BaseAddress };
        await AssertProblemAsync(await anonymous.GetAsync($"conversations/{client.ConversationId}/activities"), HttpStatusCode.Unauthorized);
        var forged = client.Token[..^4] + "AAAA";
        await AssertProblemAsync(await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", token: forged), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BadRequests_FromOneClient_DoNotDisturbOthers()
    {
        using var attacker = await DirectLineTestClient.StartAsync(_server.Address);
        using var worker = await DirectLineTestClient.StartAsync(_server.Address);
        var junk = Enumerable.Range(0, 20).Select(i => attacker.SendRawAsync(HttpMethod.Post, $"conversations/{attacker.ConversationId}/activities", Json(i % 2 == 0 ? "{" : "[1,2]")));
        await Task.WhenAll(junk);

        await worker.ExpectAsync(BotText.MenuPrompt);
        await worker.SayAsync(BotText.MenuPrivacy);
        await worker.ExpectAsync("隐私说明");
    }

    [Fact]
    public async Task Upload_Photo_IsEchoedWithServerUrlThatServesTheFile()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        using var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":"message","attachments":[{"contentType":"image/png","name":"工资条.png"}],"channelData":{"clientActivityID":"up-1"}}"""));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "工资条.png");

        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/upload?userId=x", form);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await client.WaitForBotAsync(_ => true);
        var echo = client.Received.Single(a => a["id"]?.GetValue<string>() == id);
        var url = echo["attachments"]![0]!["contentUrl"]!.GetValue<string>();
        Assert.StartsWith(_server.Address.ToString().TrimEnd('/'), url, StringComparison.Ordinal);

        using var anonymous = new HttpClient();
        Assert.Equal(png, await anonymous.GetByteArrayAsync(url));
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(url.Replace("sig=", "sig=0", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task Upload_DisallowedType_Is415()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent([0x4d, 0x5a, 0x90, 0x00]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-msdownload");
        form.Add(file, "file", "virus.exe");
        var response = await client.SendRawAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/upload", form);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
