namespace RightsBot.Tests.Support;

/// <summary>One real server shared by the tests of a class (each test uses its own conversation).</summary>
public class BotServerFixture : IAsyncLifetime
{
    internal BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    internal virtual Task<BotServer> StartAsync() => BotServer.StartAsync();
}
