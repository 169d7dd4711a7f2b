using RightsBot.Knowledge.SmallTalk;

namespace RightsBot.Tests.Knowledge.SmallTalk;

public sealed class SmallTalkDetectorTests
{
    [Theory]
    [InlineData("你好", SmallTalkKind.Greeting)]
    [InlineData("在吗？？", SmallTalkKind.Greeting)]
    [InlineData("喂 喂 能听到不", SmallTalkKind.Greeting)]
    [InlineData("谢谢啊", SmallTalkKind.Thanks)]
    [InlineData("唔该晒", SmallTalkKind.Thanks)]
    [InlineData("你是机器人吗", SmallTalkKind.Identity)]
    [InlineData("是人工还是电脑在回", SmallTalkKind.Identity)]
    [InlineData("听不懂", SmallTalkKind.Confusion)]
    [InlineData("乜嘢意思啊", SmallTalkKind.Confusion)]
    [InlineData("嗯嗯", SmallTalkKind.Acknowledgement)]
    [InlineData("👍", SmallTalkKind.Acknowledgement)]
    [InlineData("打工太难了", SmallTalkKind.Venting)]
    [InlineData("你这破机器人", SmallTalkKind.Insult)]
    [InlineData("拜拜", SmallTalkKind.Goodbye)]
    public void Detect_ConversationWithoutAQuestion_IsSmallTalkOfItsKind(string message, SmallTalkKind kind) =>
        Assert.Equal(kind, SmallTalkDetector.Detect(message));

    [Theory]
    [InlineData("你好 包工头跑了工钱找谁要")]
    [InlineData("在吗 我被欠薪了")]
    [InlineData("老板太黑了 三个月工资都不给")]
    [InlineData("谢谢 那仲裁要钱吗")]
    [InlineData("")]
    public void Detect_AQuestionWithCourtesies_IsNotSmallTalk(string message) =>
        Assert.Null(SmallTalkDetector.Detect(message));

    [Fact]
    public void StripCourtesies_GreetingAndThanksAroundAQuestion_LeavesTheQuestion() =>
        Assert.Equal("包工头跑了怎么办", SmallTalkDetector.StripCourtesies("你好，请问包工头跑了怎么办？谢谢"));
}
