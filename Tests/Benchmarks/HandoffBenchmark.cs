using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Hosting;
using RightsBot.Staff.Accounts;

namespace RightsBot.Benchmarks;

/// <summary>
/// Staff message latency: from <c>POST /api/staff/conversations/{id}/messages</c> to the message arriving on the
/// worker's Direct Line WebSocket, with 1, 20 and 100 conversations held by staff at once, and with the same staff
/// traffic while 50 other workers talk to the bot. The goal is well under a second.
/// </summary>
internal static class HandoffBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var levels = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1, 20, 100];
        var data = Directory.CreateTempSubdirectory("rightsbot-bench-");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data.FullName,
            ["DirectLine:NewConversationsPerMinutePerClient"] = "1000000",
            ["Staff:LoginAttemptsPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Handoff:ServiceHours:Opens"] = "00:00",
            ["Handoff:ServiceHours:Closes"] = "24:00",
        };
        for (var day = 0; day < 7; day++)
        {
            settings[$"Handoff:ServiceHours:Days:{day}"] = ((DayOfWeek)day).ToString();
        }

        var bot = BotApplication.Create(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(settings));
        await bot.StartAsync();
        var uri = new Uri(bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });
        var password = "bench-" + Guid.NewGuid().ToString("N");
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync("bench", "测试", password, StaffRoles.Supervisor, CancellationToken.None);
        }

        var login = await (await http.PostAsJsonAsync(new Uri(uri, "/api/staff/login"), new { user = "bench", password })).Content.ReadFromJsonAsync<JsonObject>();
        var bearer = new AuthenticationHeaderValue("Bearer", login!["accessToken"]!.GetValue<string>());

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}");
        Console.WriteLine("| conversations held | background bot load | staff messages | p50 (ms) | p99 (ms) | max (ms) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        foreach (var level in levels)
        {
            await MeasureAsync(http, uri, bearer, level, backgroundWorkers: 0);
        }

        await MeasureAsync(http, uri, bearer, 20, backgroundWorkers: 50);
        await bot.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    private static async Task MeasureAsync(HttpClient http, Uri uri, AuthenticationHeaderValue bearer, int held, int backgroundWorkers)
    {
        var sessions = await Task.WhenAll(Enumerable.Range(0, held).Select(_ => DirectLineSession.StartAsync(http, uri)));
        var tickets = new List<string>();
        foreach (var (session, i) in sessions.Select((s, i) => (s, i)))
        {
            await session.SendAsync("转人工", $"ask-{Guid.NewGuid():N}");
        }

        // Take every waiting conversation.
        while (tickets.Count < held)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, "/api/staff/queue"));
            get.Headers.Authorization = bearer;
            var queue = (await (await http.SendAsync(get)).Content.ReadFromJsonAsync<JsonObject>())!;
            foreach (var ticket in queue["waiting"]!.AsArray().Select(w => w!["ticket"]!.GetValue<string>()))
            {
                using var accept = new HttpRequestMessage(HttpMethod.Post, new Uri(uri, $"/api/staff/conversations/{ticket}/accept"));
                accept.Headers.Authorization = bearer;
                (await http.SendAsync(accept)).EnsureSuccessStatusCode();
                tickets.Add(ticket);
            }

            await Task.Delay(20);
        }

        // Map tickets to sessions through a first marked message each.
        var byTicket = new Dictionary<string, DirectLineSession>();
        foreach (var ticket in tickets)
        {
            var marker = Guid.NewGuid().ToString("N");
            await PostAsync(http, uri, bearer, ticket, marker);
            var owner = await Task.WhenAny(sessions.Select(async s => { await s.WaitForMarkerAsync(marker); return s; }));
            byTicket[ticket] = await owner;
        }

        using var stop = new CancellationTokenSource();
        var background = Task.WhenAll(Enumerable.Range(0, backgroundWorkers).Select(async b =>
        {
            await using var worker = await DirectLineSession.StartAsync(http, uri);
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                await worker.RoundTripAsync(n++ % 2 == 0 ? "包工头跑了 工钱找谁要" : "没签合同怎么证明我在这干过活", $"bg-{b}-{n}");
            }
        }));

        var samples = new ConcurrentBag<double>();
        var perConversation = Math.Max(5, 300 / held);
        await Task.WhenAll(byTicket.Select(async pair =>
        {
            for (var i = 0; i < perConversation; i++)
            {
                var marker = Guid.NewGuid().ToString("N");
                var arrived = pair.Value.WaitForMarkerAsync(marker);
                var started = Stopwatch.GetTimestamp();
                await PostAsync(http, uri, bearer, pair.Key, marker);
                await arrived;
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await Task.Delay(Random.Shared.Next(20, 60));
            }
        }));
        await stop.CancelAsync();
        await background;

        var stats = LatencyStats.Of([.. samples]);
        Console.WriteLine($"| {held} | {(backgroundWorkers == 0 ? "none" : $"{backgroundWorkers} workers asking the bot")} | {stats.Count} | {stats.P50:F1} | {stats.P99:F1} | {stats.Max:F1} |");
        foreach (var ticket in tickets)
        {
            using var release = new HttpRequestMessage(HttpMethod.Post, new Uri(uri, $"/api/staff/conversations/{ticket}/release"));
            release.Headers.Authorization = bearer;
            await http.SendAsync(release);
        }

        foreach (var session in sessions)
        {
            await session.DisposeAsync();
        }
    }

    private static async Task PostAsync(HttpClient http, Uri uri, AuthenticationHeaderValue bearer, string ticket, string marker)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(uri, $"/api/staff/conversations/{ticket}/messages")) { Content = JsonContent.Create(new { text = "您好，我们正在处理 #" + marker }) };
        post.Headers.Authorization = bearer;
        (await http.SendAsync(post)).EnsureSuccessStatusCode();
    }
}
