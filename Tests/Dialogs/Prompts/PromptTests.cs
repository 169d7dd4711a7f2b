using RightsBot.Dialogs;
using RightsBot.Dialogs.Prompts;
using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Dialogs.Prompts;

public sealed class PromptTests
{
    private static readonly string[] Menu = ["咨询法律问题", "反映欠薪", "查询案件进度"];

    private static DialogTestFlow CreateSut(Dialog prompt, PromptOptions options) => new(new DialogSet([prompt]), prompt.Id, options);

    private static async Task<DialogTurnResult> AnswerAsync(Dialog prompt, PromptOptions options, params string[] answers)
    {
        var flow = CreateSut(prompt, options);
        foreach (var answer in answers)
        {
            await flow.SayAsync(answer);
        }

        return flow.LastResult!;
    }

    [Theory]
    [InlineData("反映欠薪", 1)]
    [InlineData("  反映欠薪！", 1)]
    [InlineData("2", 1)]
    [InlineData("第三个", 2)]
    [InlineData("三", 2)]
    [InlineData("我要反映欠薪", 1)]
    [InlineData("进度", 2)]
    public async Task ChoicePrompt_TextNumberOrPart_PicksOption(string answer, int expected)
    {
        var result = await AnswerAsync(new ChoicePrompt("c"), new PromptOptions { Prompt = "选一个", Choices = Menu }, "开始", answer);

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(new FoundChoice(expected, Menu[expected]), result.Result);
    }

    [Fact]
    public async Task ChoicePrompt_Unclear_RepromptsWithButtonsKindly()
    {
        var flow = CreateSut(new ChoicePrompt("c"), new PromptOptions { Prompt = "选一个", Choices = Menu });
        var first = await flow.SendAsync("开始");
        Assert.Equal(Menu, first[0].SuggestedActions!.Actions.Select(a => a.Title));

        var retry = await flow.SendAsync("9");
        Assert.Equal(DialogTurnStatus.Waiting, flow.LastResult!.Status);
        Assert.Contains("按钮", retry[0].Text, StringComparison.Ordinal);
        Assert.Equal(Menu, retry[0].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("对的", true)]
    [InlineData("嗯", true)]
    [InlineData("好的", true)]
    [InlineData("不是", false)]
    [InlineData("算了", false)]
    [InlineData("否", false)]
    public async Task ConfirmPrompt_ColloquialAnswers_AreUnderstood(string answer, bool expected)
    {
        var result = await AnswerAsync(new ConfirmPrompt("y"), new PromptOptions { Prompt = "对吗？" }, "开始", answer);
        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(expected, result.Result);
    }

    [Theory]
    [InlineData("三千五", 3500)]
    [InlineData("3.5万", 35000)]
    [InlineData("1万2", 12000)]
    [InlineData("两千", 2000)]
    [InlineData("８０００元", 8000)]
    public async Task NumberPrompt_ArabicAndChineseNumerals_AreUnderstood(string answer, int expected)
    {
        var result = await AnswerAsync(new NumberPrompt("n"), new PromptOptions { Prompt = "多少？" }, "开始", answer);
        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal((decimal)expected, result.Result);
    }

    [Theory]
    [InlineData("2025年3月", 2025, 3, 1, DatePrecision.Month)]
    [InlineData("去年十月", 2025, 10, 1, DatePrecision.Month)]
    [InlineData("上个月", 2026, 10, 1, DatePrecision.Month)]
    [InlineData("3月15号", 2026, 3, 15, DatePrecision.Day)]
    public async Task DatePrompt_ColloquialDates_AreRelativeToTodayInChina(string answer, int year, int month, int day, DatePrecision precision)
    {
        var result = await AnswerAsync(new DatePrompt("d"), new PromptOptions { Prompt = "什么时候？" }, "开始", answer);
        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(new RecognizedDate(new DateOnly(year, month, day), precision), result.Result);
    }

    [Theory]
    [InlineData("没钱")]
    [InlineData("😀😀")]
    [InlineData("'; DROP TABLE conversations; --")]
    public async Task NumberPrompt_NotANumber_RepromptsWithExample(string answer)
    {
        var flow = CreateSut(new NumberPrompt("n"), new PromptOptions { Prompt = "多少？" });
        await flow.SayAsync("开始");
        var reply = await flow.SayAsync(answer);
        Assert.Equal(DialogTurnStatus.Waiting, flow.LastResult!.Status);
        Assert.Contains("三千五", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextPrompt_TooLong_IsAskedAgain()
    {
        var flow = CreateSut(new TextPrompt("t"), new PromptOptions { Prompt = "说说情况" });
        await flow.SayAsync("开始");
        await flow.SayAsync(new string('长', TextPrompt.MaxLength + 1));
        Assert.Equal(DialogTurnStatus.Waiting, flow.LastResult!.Status);
        await flow.SayAsync("老板欠钱");
        Assert.Equal("老板欠钱", flow.LastResult!.Result);
    }

    [Fact]
    public async Task Validator_Rejects_UsesItsOwnRetryMessageThenAccepts()
    {
        static Task<PromptValidation> Positive(PromptValidatorContext<decimal> c, CancellationToken ct) =>
            Task.FromResult(c.Value > 0 ? PromptValidation.Valid : PromptValidation.Retry("金额要大于0"));
        var flow = CreateSut(new NumberPrompt("n", Positive), new PromptOptions { Prompt = "多少？" });
        await flow.SayAsync("开始");

        Assert.Equal("金额要大于0", await flow.SayAsync("0"));
        await flow.SayAsync("500");
        Assert.Equal(500m, flow.LastResult!.Result);
    }

    [Fact]
    public async Task Prompt_MaxAttemptsReached_EndsGaveUp()
    {
        var flow = CreateSut(new NumberPrompt("n"), new PromptOptions { Prompt = "多少？", MaxAttempts = 2 });
        await flow.SayAsync("开始");
        await flow.SayAsync("不知道");
        Assert.Equal(DialogTurnStatus.Waiting, flow.LastResult!.Status);
        await flow.SayAsync("说不清");
        Assert.Equal(DialogTurnStatus.GaveUp, flow.LastResult!.Status);
        Assert.Equal(new GaveUp("n"), flow.LastResult.Result);
    }
}
