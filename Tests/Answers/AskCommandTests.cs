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
        foreach (var key in new[] { "question", "reply", "answered", "articleId", "confidence", "citations", "escalated" })
        {
            Assert.True(lines[0].ContainsKey(key), key);
        }
    }
}
