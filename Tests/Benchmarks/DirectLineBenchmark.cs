using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightsBot.Activities;
using RightsBot.Hosting;

namespace RightsBot.Benchmarks;

/// <summary>
/// Direct Line message round trips (POST a worker message, receive the bot's reply on the WebSocket stream) at 1, 50
/// and 200 concurrent conversations, against the real host with its SQLite file, in the same run as a bare ASP.NET
/// Core endpoint that only parses and echoes the same activity JSON.
/// </summary>
internal static class DirectLineBenchmark
{
    private static readonly string[] Messages = ["包工头跑了 工钱找谁要", "隐私说明", "没签合同怎么证明我在这干过活", "帮助"];

    public static async Task RunAsync(string[] args)
    {
        var levels = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1, 50, 200];
        var data = Directory.CreateTempSubdirectory("rightsbot-bench-");
        var bot = BotApplication.Create(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data.FullName,
            ["DirectLine:NewConversationsPerMinutePerClient"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Turns:MaxConcurrentConversations"] = "16",
        }));
        await bot.StartAsync();
        var bare = BareEcho();
        await bare.StartAsync();
        var botUri = Address(bot);
        var bareUri = Address(bare);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}");
        Console.WriteLine("| concurrent conversations | endpoint | round trips | throughput (rt/s) | p50 (ms) | p99 (ms) | max (ms) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var level in levels)
        {
            var perConversation = Math.Max(10, 400 / level);
            var (botStats, botRate) = await RunBotAsync(http, botUri, level, perConversation);
            Console.WriteLine($"| {level} | Direct Line bot turn | {botStats.Count} | {botRate:F0} | {botStats.P50:F1} | {botStats.P99:F1} | {botStats.Max:F1} |");
            var (bareStats, bareRate) = await RunBareAsync(http, bareUri, level, perConversation);
            Console.WriteLine($"| {level} | bare parse-and-echo | {bareStats.Count} | {bareRate:F0} | {bareStats.P50:F1} | {bareStats.P99:F1} | {bareStats.Max:F1} |");
            Console.WriteLine($"|  | ratio bot / bare throughput | | {botRate / bareRate:P0} | | | |");
        }

        await bot.StopAsync();
        await bare.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static WebApplication BareEcho()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/echo", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync(request.Body, ActivityJsonContext.Default.Activity);
            return Results.Text(ActivityJson.Serialize(activity! with { Id = Guid.NewGuid().ToString("N") }), "application/json");
        });
        return app;
    }

    private static async Task<(LatencyStats, double)> RunBareAsync(HttpClient http, Uri uri, int conversations, int perConversation)
    {
        var samples = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            for (var i = 0; i < perConversation; i++)
            {
                var body = Body(Messages[i % Messages.Length], $"bare-{c}-{i}");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(new Uri(uri, "/echo"), new StringContent(body, Encoding.UTF8, "application/json"));
                await response.Content.ReadAsStringAsync();
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return (LatencyStats.Of([.. samples]), samples.Count / clock.Elapsed.TotalSeconds);
    }

    private static async Task<(LatencyStats, double)> RunBotAsync(HttpClient http, Uri uri, int conversations, int perConversation)
    {
        var sessions = await Task.WhenAll(Enumerable.Range(0, conversations).Select(_ => Session.StartAsync(http, uri)));
        var samples = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select(async (session, c) =>
        {
            for (var i = 0; i < perConversation; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await session.RoundTripAsync(Messages[i % Messages.Length], $"bot-{c}-{i}");
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var rate = samples.Count / clock.Elapsed.TotalSeconds;
        foreach (var session in sessions)
        {
            await session.DisposeAsync();
        }

        return (LatencyStats.Of([.. samples]), rate);
    }

    private static string Body(string text, string clientId) =>
        new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "zh-CN", ["from"] = new JsonObject { ["id"] = "u", ["role"] = "user" }, ["channelData"] = new JsonObject { ["clientActivityID"] = clientId } }.ToJsonString();

    /// <summary>One Web Chat-like conversation: REST for sending, the WebSocket stream for receiving.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private readonly HttpClient _http;
        private readonly Uri _activities;
        private readonly string _token;
        private readonly ClientWebSocket _socket = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();
        private Task _receive = Task.CompletedTask;

        private Session(HttpClient http, Uri activities, string token)
        {
            _http = http;
            _activities = activities;
            _token = token;
        }

        public static async Task<Session> StartAsync(HttpClient http, Uri server)
        {
            var generated = await (await http.PostAsync(new Uri(server, "/v3/directline/tokens/generate"), null)).Content.ReadFromJsonAsync<JsonObject>();
            using var start = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/v3/directline/conversations"));
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", generated!["token"]!.GetValue<string>());
            var conversation = (await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonObject>())!;
            var id = conversation["conversationId"]!.GetValue<string>();
            var session = new Session(http, new Uri(server, $"/v3/directline/conversations/{id}/activities"), conversation["token"]!.GetValue<string>());
            await session._socket.ConnectAsync(new Uri(conversation["streamUrl"]!.GetValue<string>()), CancellationToken.None);
            session._receive = session.ReceiveAsync();
            return session;
        }

        public async Task RoundTripAsync(string text, string clientId)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _activities) { Content = new StringContent(Body(text, clientId), Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            var reply = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var response = await _http.SendAsync(request);
            var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            var waiter = _waiting.GetOrAdd(id, reply);
            await waiter.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        private async Task ReceiveAsync()
        {
            var buffer = new byte[1 << 20];
            try
            {
                while (_socket.State == WebSocketState.Open)
                {
                    var count = 0;
                    ValueWebSocketReceiveResult result;
                    do
                    {
                        result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                        count += result.Count;
                    }
                    while (!result.EndOfMessage);

                    if (count == 0)
                    {
                        continue;
                    }

                    var set = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, count))!;
                    foreach (var activity in set["activities"]!.AsArray())
                    {
                        if (activity!["from"]?["role"]?.GetValue<string>() == "bot" && activity["replyToId"]?.GetValue<string>() is { } replyTo)
                        {
                            _waiting.GetOrAdd(replyTo, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                        }
                    }
                }
            }
            catch (WebSocketException)
            {
                // Closed.
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                await _receive.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is WebSocketException or TimeoutException)
            {
                // Already gone.
            }

            _socket.Dispose();
        }
    }
}
