using Microsoft.Extensions.DependencyInjection;
using RightsBot.Answers;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Answers;

public sealed class CuratorLogTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private readonly BotServer _server = fixture.Server;

    private async Task<IReadOnlyList<UnansweredQuestion>> ListAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CuratorLog>().ListAsync(10, CancellationToken.None);
    }

    [Fact]
    public async Task Unanswered_RepeatedAndUnhelpful_AreCountedAndMasked()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await client.SayAsync("红烧肉咋做 13812345678");
        await client.ExpectAsync("12348");
        await client.SayAsync("红烧肉 咋做？13812345678");
        await client.ExpectAsync("12348");
        await client.SayAsync("包工头跑了 工钱找谁要");
        await client.WaitForBotAsync(m => DirectLineTestClient.Buttons(m).Contains(BotText.NotHelpful));
        await client.SayAsync(BotText.NotHelpful);
        await client.ExpectAsync(BotText.SorryNotHelpful);

        var list = await ListAsync();
        var stocks = Assert.Single(list, q => q.Reason == nameof(UnansweredReason.NoAnswer));
        Assert.Equal(2, stocks.Count);
        Assert.DoesNotContain("13812345678", stocks.Text, StringComparison.Ordinal);
        var unhelpful = Assert.Single(list, q => q.Reason == nameof(UnansweredReason.NotHelpful));
        Assert.Equal("KB-QX-10", unhelpful.ArticleId);
    }

    [Fact]
    public async Task SmallTalk_GetsAKindReplyAndTheMenu_NeverTheRefusalOrTheCuratorsList()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        foreach (var (said, reply) in new[]
        {
            ("你好", BotText.SmallTalkGreeting),
            ("是真人吗", BotText.SmallTalkIdentity),
            ("听不懂", BotText.SmallTalkConfusion),
            ("谢谢", BotText.SmallTalkThanks),
        })
        {
            await client.SayAsync(said);
            var replies = await client.ExpectAsync(reply);
            Assert.DoesNotContain(replies, t => t.Contains(BotText.OutsideScope, StringComparison.Ordinal) || t.Contains(BotText.HandoffQueued[..6], StringComparison.Ordinal));
        }

        Assert.DoesNotContain(await ListAsync(), q => q.Text is "你好" or "是真人吗" or "听不懂" or "谢谢");
    }
}
