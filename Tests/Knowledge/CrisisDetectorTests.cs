using RightsBot.Knowledge.Safety;

namespace RightsBot.Tests.Knowledge;

public sealed class CrisisDetectorTests
{
    private static CrisisDetector CreateSut() => new();

    [Theory]
    [InlineData("我不想活了", CrisisKind.SelfHarm)]
    [InlineData("想四了算了", CrisisKind.SelfHarm)]
    [InlineData("今晚就从楼顶跳下去", CrisisKind.SelfHarm)]
    [InlineData("买了瓶农药", CrisisKind.SelfHarm)]
    [InlineData("老板的人正在打我", CrisisKind.Violence)]
    [InlineData("包工头说再去要钱就弄死我", CrisisKind.Violence)]
    [InlineData("被关在工地不让走", CrisisKind.Held)]
    [InlineData("工友摔下来流了好多血", CrisisKind.Injury)]
    public void Assess_DangerWords_AreRecognised(string message, CrisisKind kind) =>
        Assert.Contains(kind, CreateSut().Assess(message).Kinds);

    [Theory]
    [InlineData("包工头欠了三个月工资不给")]
    [InlineData("工资被扣着不给怎么办")]
    [InlineData("投诉了没反应咋办")]
    [InlineData("我拼了命干了三年")]
    [InlineData("考勤被打卡机记错了")]
    [InlineData("中介扣着我的身份证")]
    [InlineData("")]
    public void Assess_OrdinaryComplaints_AreNotCrises(string message) =>
        Assert.False(CreateSut().Assess(message).IsCrisis);

    [Fact]
    public void Assess_HugeOrOddInput_NeverThrows()
    {
        var sut = CreateSut();
        Assert.False(sut.Assess(new string('钱', 100_000)).IsCrisis);
        Assert.False(sut.Assess("😀🙏\u0000\uFFFF").IsCrisis);
    }
}
