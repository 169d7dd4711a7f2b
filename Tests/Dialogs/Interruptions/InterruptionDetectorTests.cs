using RightsBot.Dialogs.Interruptions;

namespace RightsBot.Tests.Dialogs.Interruptions;

public sealed class InterruptionDetectorTests
{
    [Theory]
    [InlineData("转人工")]
    [InlineData("真人")]
    [InlineData("我要真人")]
    [InlineData("能不能转人工")]
    [InlineData("找工会工作人员")]
    public void Detect_RequestForAPerson_IsAPersonInterruption(string text) => Assert.Equal(Interruption.Person, InterruptionDetector.Detect(text));

    [Theory]
    [InlineData("是真人吗")]
    [InlineData("你是真人吗")]
    [InlineData("是不是真人")]
    [InlineData("你是人工还是电脑")]
    [InlineData("系唔系真人")]
    [InlineData("不要人工")]
    public void Detect_QuestionAboutWhoAnswers_OrRefusal_IsNoInterruption(string text) => Assert.Null(InterruptionDetector.Detect(text));
}
