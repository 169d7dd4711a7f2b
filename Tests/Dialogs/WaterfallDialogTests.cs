using System.Text.Json.Nodes;
using RightsBot.Dialogs;
using RightsBot.Dialogs.Prompts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    private sealed record Answers
    {
        public string? Name { get; init; }
        public decimal? Amount { get; init; }
        public bool? Sure { get; init; }
    }

    private static DialogSet CreateSut(string revision = "r1") => new([
        new WaterfallDialog<Answers>("form", [
            static (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = "怎么称呼您？" }, ct),
            static (step, ct) =>
            {
                step.State = step.State with { Name = step.ResultAs<string>() };
                return step.PromptAsync("amount", new PromptOptions { Prompt = "欠了多少钱？" }, ct);
            },
            static (step, ct) =>
            {
                step.State = step.State with { Amount = step.ResultAs<decimal>() };
                return step.PromptAsync("sure", new PromptOptions { Prompt = $"{step.State.Name}，欠{step.State.Amount}元，对吗？" }, ct);
            },
            static (step, ct) =>
            {
                step.Context.Turn.SendText(step.ResultAs<bool>() ? "已记下" : "那我们重来");
                return step.EndAsync(step.State with { Sure = step.ResultAs<bool>() }, ct);
            },
        ], revision),
        new TextPrompt("name"),
        new NumberPrompt("amount"),
        new ConfirmPrompt("sure"),
    ]);

    [Fact]
    public async Task ContinueAsync_AnswersInOrder_RunsStepsInOrderAndEndsWithTypedState()
    {
        var flow = new DialogTestFlow(CreateSut(), "form");

        Assert.Equal("怎么称呼您？", await flow.SayAsync("开始"));
        Assert.Equal("欠了多少钱？", await flow.SayAsync("老王"));
        Assert.Equal("老王，欠3500元，对吗？", await flow.SayAsync("三千五"));
        Assert.Equal("已记下", await flow.SayAsync("嗯"));

        Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
        var answers = Assert.IsType<Answers>(flow.LastResult.Result);
        Assert.Equal(new Answers { Name = "老王", Amount = 3500m, Sure = true }, answers);
        Assert.Empty(flow.State.Stack);
    }

    [Fact]
    public async Task ContinueAsync_StateRoundTripsThroughJson_KeepsEarlierAnswers()
    {
        var flow = new DialogTestFlow(CreateSut(), "form");
        await flow.SayAsync("开始");
        await flow.SayAsync("老王");

        var saved = JsonNode.Parse(flow.SavedState)!;
        Assert.Equal("老王", saved["stack"]![0]!["state"]!["values"]!["name"]!.GetValue<string>());
        Assert.Equal(1, saved["stack"]![0]!["state"]!["step"]!.GetValue<int>());
        Assert.Equal("老王，欠12000元，对吗？", await flow.SayAsync("1万2"));
    }

    [Fact]
    public async Task ContinueAsync_SavedByOtherRevision_CancelsPolitelyInsteadOfJumping()
    {
        var old = new DialogTestFlow(CreateSut("r1"), "form");
        await old.SayAsync("开始");
        await old.SayAsync("老王");

        var redeployed = new DialogTestFlow(CreateSut("r2"), "form");
        redeployed.LoadState(old.SavedState);
        var reply = await redeployed.SendAsync("3000");

        Assert.Equal(DialogTurnStatus.Cancelled, redeployed.LastResult!.Status);
        Assert.IsType<DialogChanged>(redeployed.LastResult.Result);
        Assert.Contains("重新开始", reply[0].Text, StringComparison.Ordinal);
        Assert.Empty(redeployed.State.Stack);
    }

    [Fact]
    public async Task ContinueAsync_StepCountChanged_VersionDiffers()
    {
        var three = new WaterfallDialog<Answers>("w", [static (s, ct) => s.EndAsync(null, ct), static (s, ct) => s.EndAsync(null, ct)]);
        var two = new WaterfallDialog<Answers>("w", [static (s, ct) => s.EndAsync(null, ct)]);
        Assert.NotEqual(three.Version, two.Version);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ResumeAsync_PromptGaveUp_EndsWaterfallWithGaveUpAndEmptyStack()
    {
        var flow = new DialogTestFlow(CreateSut(), "form");
        await flow.SayAsync("开始");
        await flow.SayAsync("老王");
        await flow.SayAsync("不知道");
        await flow.SayAsync("很多");
        await flow.SayAsync("反正好多");

        Assert.Equal(DialogTurnStatus.GaveUp, flow.LastResult!.Status);
        Assert.Equal(new GaveUp("amount"), flow.LastResult.Result);
        Assert.Empty(flow.State.Stack);
    }
}
