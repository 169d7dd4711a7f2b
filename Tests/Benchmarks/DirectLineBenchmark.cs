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
        var sessions = await Task.WhenAll(Enumerable.Range(0, conversations).Select(_ => DirectLineSession.StartAsync(http, uri)));
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

    internal static string Body(string text, string clientId) =>
        new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "zh-CN", ["from"] = new JsonObject { ["id"] = "u", ["role"] = "user" }, ["channelData"] = new JsonObject { ["clientActivityID"] = clientId } }.ToJsonString();
}
