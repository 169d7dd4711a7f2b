using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RightsBot.Hosting;

namespace RightsBot.Tests.Support;

/// <summary>The real host on real Kestrel at 127.0.0.1 (random port) with its own SQLite file in a temp folder.</summary>
internal sealed class BotServer : IAsyncDisposable
{
    private readonly TempDirectory? _ownedData;

    private BotServer(WebApplication app, Uri address, string dataDirectory, TempDirectory? ownedData)
    {
        App = app;
        Address = address;
        DataDirectory = dataDirectory;
        _ownedData = ownedData;
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public string DataDirectory { get; }
    public IServiceProvider Services => App.Services;

    public static async Task<BotServer> StartAsync(IDictionary<string, string?>? settings = null, string? dataDirectory = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var owned = dataDirectory is null ? new TempDirectory() : null;
        var data = dataDirectory ?? owned!.Path;
        var app = BotApplication.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = data,
                ["DirectLine:NewConversationsPerMinutePerClient"] = "100000",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Staff:LoginAttemptsPerMinute"] = "10000",

                // Tests start many conversations and send many messages from 127.0.0.1; limit tests set small numbers.
                ["DirectLine:Limits:TokenRequestsPerMinutePerClient"] = "100000",
                ["DirectLine:Limits:MessagesPerMinutePerConversation"] = "10000",
                ["DirectLine:Limits:WebSocketsPerClient"] = "10000",
                ["Staff:FailuresBeforeSlowdown"] = "10000",

                // Staff are on duty around the clock in tests, so results do not depend on the time of day.
                ["Handoff:ServiceHours:Opens"] = "00:00",
                ["Handoff:ServiceHours:Closes"] = "24:00",
            };
            for (var day = 0; day < 7; day++)
            {
                values[$"Handoff:ServiceHours:Days:{day}"] = ((DayOfWeek)day).ToString();
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(values);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        await WaitUntilHealthyAsync(address);
        return new BotServer(app, address, data, owned);
    }

    // Like a load balancer, tests send workers only once /healthz says the knowledge base is loaded.
    private static async Task WaitUntilHealthyAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var cts = new CancellationTokenSource(TestTimeouts.Process);
        while (!(await http.GetAsync(new Uri("healthz", UriKind.Relative), cts.Token)).IsSuccessStatusCode)
        {
            await Task.Delay(50, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _ownedData?.Dispose();
    }
}
