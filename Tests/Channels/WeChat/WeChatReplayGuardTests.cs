using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Channels.WeChat;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>The replay memory stays bounded: pairs that left the window are forgotten, and it never grows past its size.</summary>
public sealed class WeChatReplayGuardTests
{
    [Fact]
    public void Memory_IsBounded_AndForgetsPairsThatLeftTheWindow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        var guard = new WeChatReplayGuard(Options.Create(new WeChatOptions { PushWindowSeconds = 300, ReplayMemorySize = 1000 }), clock);
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        for (var i = 0; i < 1500; i++)
        {
            Assert.True(guard.TryRemember(now, i.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.Equal(1000, guard.Count);
        Assert.False(guard.TryRemember(now, "1499"));

        clock.Advance(TimeSpan.FromSeconds(301));
        Assert.False(guard.IsFresh(now));
        Assert.True(guard.TryRemember(clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), "1"));
        Assert.Equal(1, guard.Count);
    }
}
