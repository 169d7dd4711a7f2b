using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RightsBot.Tests.Support;

/// <summary>The bot as a separate OS process (so a test can kill it outright), on a free loopback port.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BotProcess> StartAsync(string dataDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDirectory };
        foreach (var arg in new[] { RepositoryPaths.BotAssembly, "--urls", $"http://127.0.0.1:{port}", "--Storage:DataDirectory", dataDirectory, "--Logging:LogLevel:Default", "Warning" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient();
        using var cts = new CancellationTokenSource(TestTimeouts.Process);
        while (true)
        {
            cts.Token.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {process.ExitCode} before it was healthy.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(address, "healthz"), cts.Token)).IsSuccessStatusCode)
                {
                    return new BotProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cts.Token);
        }
    }

    /// <summary>Kills the process at once, as a crash or power cut of the process would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
