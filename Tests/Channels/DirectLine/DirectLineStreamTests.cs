using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Localization;
using RightsBot.Tests.Support;
using RightsBot.Turns;

namespace RightsBot.Tests.Channels.DirectLine;

public sealed class DirectLineStreamTests(DirectLineStreamTests.SlowBotFixture fixture) : IClassFixture<DirectLineStreamTests.SlowBotFixture>
{
    private readonly BotServer _server = fixture.Server;

    /// <summary>A slow bot (as with a slow language model) makes the typing indicator observable before the reply.</summary>
    public sealed class SlowBotFixture : BotServerFixture
    {
        internal override Task<BotServer> StartAsync() =>
            BotServer.StartAsync(configure: b => b.Services.AddScoped<ITurnMiddleware, SlowTurnMiddleware>());
    }

    private sealed class SlowTurnMiddleware : ITurnMiddleware
    {
        public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(900), ct);
            await next(turn, ct);
        }
    }


    private static async Task<JsonObject> ReceiveSetAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[256 * 1024];
        while (true)
        {
            var count = 0;
            bool end;
            do
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(count), ct);
                count += result.Count;
                end = result.EndOfMessage;
            }
            while (!end);

            if (count > 0)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, count))!.AsObject();
            }
        }
    }

    [Fact]
    public async Task Stream_Opened_ReplaysGreetingThenPushesEchoTypingAndReply()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        using var socket = new ClientWebSocket();
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        await socket.ConnectAsync(new Uri(client.StreamUrl), cts.Token);

        var texts = new List<string>();
        while (!texts.Any(t => t.Contains(BotText.MenuPrompt, StringComparison.Ordinal)))
        {
            var set = await ReceiveSetAsync(socket, cts.Token);
            texts.AddRange(set["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? string.Empty));
        }

        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, cts.Token);
        await client.SayAsync(BotText.MenuPrivacy);
        var types = new List<string>();
        var sawReply = false;
        while (!sawReply)
        {
            var set = await ReceiveSetAsync(socket, cts.Token);
            foreach (var activity in set["activities"]!.AsArray())
            {
                types.Add(activity!["type"]!.GetValue<string>() + ":" + activity["from"]?["role"]?.GetValue<string>());
                sawReply |= (activity["text"]?.GetValue<string>() ?? string.Empty).StartsWith("隐私说明", StringComparison.Ordinal)
                    && activity["from"]?["role"]?.GetValue<string>() == "bot";
                if (activity["type"]!.GetValue<string>() == "typing")
                {
                    Assert.Null(activity["text"]);
                }
            }
        }

        Assert.Contains("message:user", types);
        Assert.Contains("typing:bot", types);
        Assert.True(types.IndexOf("typing:bot") < types.FindLastIndex(t => t == "message:bot"));
    }

    [Fact]
    public async Task Stream_WithWatermark_ReplaysOnlyNewer()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        var watermark = client.Watermark;
        using var reconnect = await client.SendRawAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark={watermark}");
        var streamUrl = JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!.GetValue<string>();
        using var socket = new ClientWebSocket();
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        await socket.ConnectAsync(new Uri(streamUrl), cts.Token);
        await client.SayAsync("隐私说明");
        var set = await ReceiveSetAsync(socket, cts.Token);
        Assert.DoesNotContain(set["activities"]!.AsArray(), a => (a!["text"]?.GetValue<string>() ?? string.Empty).Contains("不是律师", StringComparison.Ordinal));
        Assert.True(long.Parse(set["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > watermark);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_IsRefused()
    {
        using var alice = await DirectLineTestClient.StartAsync(_server.Address);
        using var bob = await DirectLineTestClient.StartAsync(_server.Address);
        var stolen = bob.StreamUrl.Replace(bob.ConversationId, alice.ConversationId, StringComparison.Ordinal);
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(stolen), CancellationToken.None));
    }
}
