using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>A worker waiting for a person hears from us even when the queue does not move.</summary>
public sealed class WaitingNewsTests
{
    [Fact]
    public async Task WaitingWithoutNews_ForTenMinutes_IsToldTheyAreStillInLine()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        await using var server = await BotServer.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        using var worker = await DirectLineTestClient.StartAsync(server.Address);
        await worker.ExpectAsync(BotText.MenuPrompt);
        await worker.SayAsync("人工");
        await worker.ExpectAsync("排第1位");

        // Nine quiet minutes: nothing yet.
        for (var minute = 0; minute < 9; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await Task.Delay(500);
        await worker.PollAsync();
        Assert.DoesNotContain(worker.Received, a => DirectLineTestClient.Text(a).Contains("工作人员还在忙", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        await worker.ExpectAsync("工作人员还在忙，您仍在排队，现在排第1位");
    }
}
