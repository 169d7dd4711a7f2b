using System.Text.Json.Nodes;
using RightsBot.Answers;

namespace RightsBot.Tests.Answers;

public sealed class AskCommandTests
{
    [Fact]
    public async Task AskJson_QuestionsOnStdin_PrintsOneJsonObjectPerLineThroughThePipeline()
    {
        var input = new StringReader("包工头跑了 工钱找谁要\n\n红烧肉咋做\n不想活了 工钱要不回来\n");
        using var output = new StringWriter();

        var exit = await AskCommand.RunAsync(["--json"], input, output, CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(3, lines.Count);

        Assert.True(lines[0]["answered"]!.GetValue<bool>());
        Assert.Equal("KB-QX-10", lines[0]["articleId"]!.GetValue<string>());
        Assert.NotEmpty(lines[0]["citations"]!.AsArray());
        Assert.InRange(lines[0]["confidence"]!.GetValue<double>(), 0.0, 1.0);
        Assert.False(lines[0]["escalated"]!.GetValue<bool>());

        Assert.False(lines[1]["answered"]!.GetValue<bool>());
        Assert.Contains("12351", lines[1]["reply"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.True(lines[2]["escalated"]!.GetValue<bool>());
        Assert.Contains("12356", lines[2]["reply"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("crisis", lines[2]["crisis"]!["kinds"]!.AsArray().Count > 0 ? "crisis" : null);
        Assert.Equal("12356", lines[2]["crisis"]!["firstNumber"]!.GetValue<string>());
        foreach (var key in new[] { "question", "reply", "outcome", "answered", "articleId", "confidence", "citations", "options", "crisis", "smallTalk", "escalated" })
        {
            Assert.True(lines[0].ContainsKey(key), key);
        }
    }

    [Fact]
    public async Task AskJson_SmallTalkSuggestionsAndFollowUps_AreMarkedForScoring()
    {
        var input = new StringReader("你好\n谢谢你\n你是机器人吗\n[\"劳动仲裁要交钱吗\",\"那要多长时间才有结果\"]\n");
        using var output = new StringWriter();

        await AskCommand.RunAsync(["--json"], input, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(["greeting", "thanks", "identity"], lines.Take(3).Select(l => l["smallTalk"]!.GetValue<string>()));
        Assert.All(lines.Take(3), l => Assert.Equal("smalltalk", l["outcome"]!.GetValue<string>()));
        Assert.All(lines.Take(3), l => Assert.DoesNotContain("超出了我能回答的范围", l["reply"]!.GetValue<string>(), StringComparison.Ordinal));

        // The follow-up is read in the light of the first question: how long arbitration takes.
        Assert.Equal("那要多长时间才有结果", lines[3]["question"]!.GetValue<string>());
        Assert.Equal("KB-ZC-13", lines[3]["articleId"]?.GetValue<string>() ?? string.Join(',', lines[3]["options"]!.AsArray().Select(o => o!["id"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("[\"a\",\"b\"]", 2)]
    [InlineData("[不是JSON", 1)]
    [InlineData("[]", 1)]
    [InlineData("包工头跑了", 1)]
    public void ParseLine_JsonArrayIsOneConversation_AnythingElseOneMessage(string line, int messages) =>
        Assert.Equal(messages, AskCommand.ParseLine(line).Count);
}
