using Microsoft.Playwright;

namespace RightsBot.Tests.Support;

/// <summary>A test class with its own server on real Kestrel and Debian's Chromium, both started per test.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    internal BotServer Server { get; private set; } = null!;

    protected IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartAsync();
        (_playwright, Chromium) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
