using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Cases;
using RightsBot.Localization;
using RightsBot.Privacy;
using RightsBot.Storage;
using RightsBot.Tests.Cases;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Privacy;

public sealed class RetentionTests
{
    [Fact]
    public async Task Retention_AfterThePeriod_ErasesPersonalFieldsAndBlanksWorkersWords()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        await using var server = await BotServer.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        using var client = await DirectLineTestClient.StartAsync(server.Address);
        await WageReportConversationTests.FillConstructionReportAsync(client, "保存期限测试公司", "13811112222");
        var number = await WageReportConversationTests.SubmitAsync(client);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICaseService>().ChangeStatusAsync(number, CaseStatus.Closed, null, null, "已追回", 35000, "test", CancellationToken.None);
        }

        var retention = server.Services.GetRequiredService<RetentionService>();
        var early = await retention.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, early.Cases);

        clock.Advance(TimeSpan.FromDays(1100));
        await retention.RunOnceAsync(CancellationToken.None);

        await using var check = server.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<BotDbContext>();
        var record = await db.Set<CaseRecord>().AsNoTracking().SingleAsync(c => c.Number == number);
        Assert.Null(record.PhoneProtected);
        Assert.Null(record.NameProtected);
        Assert.NotNull(record.PersonalDataErasedAt);
        Assert.Equal(35000m, record.AmountRecovered);
        var inbound = await db.Transcript.AsNoTracking().Where(t => t.Inbound && t.Type == "message").ToListAsync();
        Assert.All(inbound, e => Assert.Contains(RetentionService.Blanked, e.Json, StringComparison.Ordinal));
    }
}
