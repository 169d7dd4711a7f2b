using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Cases;
using RightsBot.Handoff;
using RightsBot.Reports.Dashboard;
using RightsBot.Storage;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Reports;

/// <summary>The console's dashboard figures from a real SQLite file: counts, weeks, regions, funnel, first-reply medians.</summary>
public sealed class DashboardTests
{
    // Monday 2026-11-23, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dashboard_CountsRealCasesByWeekRegionAndStatus_AndMedianFirstReply_LeavingDemoOut()
    {
        var clock = new FakeTimeProvider(Now);
        await using var server = await BotServer.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var n = 0;
            CaseRecord Case(DateTimeOffset at, string province, decimal owed, CaseStatus status, bool demo = false, bool serious = false) => new()
            {
                Number = $"QX-2026-{++n:D6}", SubmissionKey = $"k{n}", Type = CaseType.WageArrears, Status = status, Province = province,
                AmountOwedLow = owed, CreatedAt = at, UpdatedAt = at, Demo = demo, Serious = serious,
            };
            db.AddRange(
                Case(Now.AddHours(-1), "广东省", 30_000, CaseStatus.Registered, serious: true),
                Case(Now.AddHours(-2), "广东省", 20_000, CaseStatus.Accepted),
                Case(Now.AddDays(-3), "四川省", 8_000, CaseStatus.Closed),
                Case(Now.AddDays(-8), "四川省", 2_000, CaseStatus.Referred),
                Case(Now.AddDays(-200), "河南省", 1_000, CaseStatus.Rejected),
                Case(Now.AddHours(-1), "北京市", 9_999_999, CaseStatus.Registered, demo: true));
            HandoffRecord Handoff(DateTimeOffset at, double firstReplyMinutes) => new()
            {
                Ticket = "h" + Guid.NewGuid().ToString("N")[..12], ConversationKey = "directline/conversations/" + Guid.NewGuid().ToString("N"), ChannelId = "directline",
                Reasons = "asked-for-person", Status = HandoffStatus.Closed, CreatedAt = at, AcceptedAt = at.AddMinutes(firstReplyMinutes / 2),
                FirstStaffReplyAt = at.AddMinutes(firstReplyMinutes),
            };
            db.AddRange(Handoff(Now.AddHours(-3), 2), Handoff(Now.AddHours(-2), 4), Handoff(Now.AddHours(-1), 12));
            await db.SaveChangesAsync();
        }

        await using var query = server.Services.CreateAsyncScope();
        var data = await query.ServiceProvider.GetRequiredService<DashboardQueries>().BuildAsync(includeDemo: false, CancellationToken.None);

        Assert.Equal(2, data.CasesToday);
        Assert.Equal(2, data.CasesThisWeek);
        Assert.Equal(3, data.OpenCases);
        Assert.Equal(1, data.OpenSerious);
        Assert.Equal(3, data.HandoffsToday);
        Assert.Equal(2, data.MedianWaitTodayMinutes);
        Assert.Equal(DashboardQueries.Weeks, data.CasesPerWeek.Count);
        Assert.Equal(2, data.CasesPerWeek[^1].Value);
        Assert.Equal(1, data.CasesPerWeek[^2].Value);
        Assert.Equal(1, data.CasesPerWeek[^3].Value);
        Assert.Equal(["广东省", "四川省", "河南省"], data.OwedByRegion.Select(b => b.Label));
        Assert.Equal("5 万元", data.OwedByRegion[0].Text);
        Assert.Equal([5, 3, 2, 1], data.StatusFunnel.Select(b => b.Value));
        Assert.Equal(4, data.FirstReplyMinutesPerWeek[^1].Value);

        var withDemo = await query.ServiceProvider.GetRequiredService<DashboardQueries>().BuildAsync(includeDemo: true, CancellationToken.None);
        Assert.Equal(3, withDemo.CasesToday);
        Assert.Equal("北京市", withDemo.OwedByRegion[0].Label);

        // Queue tiles follow the live queue without reading the database again.
        server.Services.GetRequiredService<HandoffQueue>().Apply(new HandoffRecord
        {
            Ticket = "hlive", ConversationKey = "directline/conversations/live", ChannelId = "directline", Reasons = "asked-for-person",
            Status = HandoffStatus.Waiting, CreatedAt = Now.AddMinutes(-7),
        });
        var live = query.ServiceProvider.GetRequiredService<DashboardQueries>().WithLiveQueue(data);
        Assert.Equal((1, 0, 7), (live.Waiting, live.Held, live.LongestWaitNowMinutes));
        Assert.Equal(data.CasesPerWeek, live.CasesPerWeek);

        // Open cases older than 30 days count as overdue, by region; none is yet.
        Assert.Empty(data.OverdueByRegion);
        clock.Advance(TimeSpan.FromDays(40));
        var later = await query.ServiceProvider.GetRequiredService<DashboardQueries>().BuildAsync(includeDemo: false, CancellationToken.None);
        Assert.Equal([("广东省", 2.0), ("四川省", 1.0)], later.OverdueByRegion.Select(b => (b.Label, b.Value)));
    }
}
