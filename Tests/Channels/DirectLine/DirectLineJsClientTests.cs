using System.Text.Json.Nodes;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.DirectLine;

/// <summary>Microsoft's own botframework-directlinejs (0.15.5, as pinned by Web Chat 4.18.1) against our server.</summary>
public sealed class DirectLineJsClientTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private readonly BotServer _server = fixture.Server;

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task DirectLineJs_Conversation_GreetsEchoesAndAnswers(string mode)
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync("directline-conversation.mjs", _server.Address.ToString(), mode);

        Assert.True(exitCode == 0, $"node exited {exitCode}: {output} {errors}");
        var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.True(result["ok"]!.GetValue<bool>());
        Assert.Equal("user", result["echoFromRole"]!.GetValue<string>());
        Assert.Equal(5, result["menu"]!.AsArray().Count);
        Assert.Contains(2, result["statuses"]!.AsArray().Select(s => s!.GetValue<int>()));
    }
}
