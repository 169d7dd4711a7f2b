using RightsBot.Knowledge.Safety;

namespace RightsBot.Tests.Knowledge;

public sealed class CrisisDetectorTests
{
    private static CrisisDetector CreateSut() => new();

    // The six crisis messages an outside probe found missed (issue #12), in the probe's own words where it gave them.
    [Theory]
    [InlineData("家里还有一瓶农药 实在要不到钱就喝了算了", CrisisKind.SelfHarm, "12356")]
    [InlineData("我真系唔想再捱落去 好想死", CrisisKind.SelfHarm, "12356")]
    [InlineData("我工友站在楼顶边上 说今天不给钱就跳下去", CrisisKind.OthersAtRisk, "110")]
    [InlineData("再要不回工钱我就往河里一跳", CrisisKind.SelfHarm, "12356")]
    [InlineData("他们说再来要钱就打断我的腿 还说知道我娃在哪个学校上学", CrisisKind.Violence, "110")]
    [InlineData("我老公去要工钱被他们打了 现在躺在地上流了好多血", CrisisKind.Injury, "120")]
    public void Assess_CrisesAnOutsideProbeMissed_AreRecognisedWithTheRightFirstNumber(string message, CrisisKind kind, string firstNumber)
    {
        var assessment = CreateSut().Assess(message);

        Assert.Contains(kind, assessment.Kinds);
        Assert.Equal(firstNumber, assessment.FirstNumber);
    }

    [Theory]
    [InlineData("我不想活了", CrisisKind.SelfHarm)]
    [InlineData("不想或了 工姿一分没给", CrisisKind.SelfHarm)]
    [InlineData("买了瓶百草枯放在床底下", CrisisKind.SelfHarm)]
    [InlineData("老板的人正在打我", CrisisKind.Violence)]
    [InlineData("包工头说再去要钱就弄死我", CrisisKind.Violence)]
    [InlineData("他们把我们关到起 不准出门 手机也收了", CrisisKind.Held)]
    [InlineData("工友从架子上掉下来了 没反应了 快来人", CrisisKind.Injury)]
    [InlineData("俺真想一锤子抡死他", CrisisKind.Violence)]
    [InlineData("班长爬上塔吊了 说不结账就不下来", CrisisKind.OthersAtRisk)]
    public void Assess_DangerInWorkersWords_IsRecognised(string message, CrisisKind kind) =>
        Assert.Contains(kind, CreateSut().Assess(message).Kinds);

    [Fact]
    public void Assess_AttemptUnderWay_CallsForAnAmbulanceFirst() =>
        Assert.Equal(EmergencyNumbers.Ambulance, CreateSut().Assess("药已经吃下去了 就想告诉你们老板欠我们钱").FirstNumber);

    [Fact]
    public void Assess_WorkerOnTheEdgeNow_CallsForThePoliceFirst() =>
        Assert.Equal(EmergencyNumbers.Police, CreateSut().Assess("我现在就在塔吊上 这么高跳下去就解脱了").FirstNumber);

    [Theory]
    [InlineData("包工头欠了三个月工资不给")]
    [InlineData("累死了 老板还是不发钱")]
    [InlineData("气死我了 老细又话下个月先出粮")]
    [InlineData("我想跳槽 工资能结清吗")]
    [InlineData("老板说厂里亏了要跳楼价甩货")]
    [InlineData("去年工友从架子上摔下来死了 家属能拿多少赔偿")]
    [InlineData("上个月手被机器压伤了 现在出院了 工伤咋认定")]
    [InlineData("老板给俺打了个白条 能直接告吗")]
    [InlineData("投诉老板怕被打击报复")]
    [InlineData("工厂关门了 工资咋办")]
    [InlineData("老板把我们的身份证都锁在柜子里")]
    [InlineData("老板不让我辞职 说干满一年才能走")]
    [InlineData("我拼了命干了三年")]
    [InlineData("中介扣着我的身份证")]
    [InlineData("老板要我命啊 四个月没发了")]
    [InlineData("小诊所开的药吃了也不管用")]
    [InlineData("")]
    public void Assess_OrdinaryComplaintsAndPastEvents_AreNotCrises(string message) =>
        Assert.False(CreateSut().Assess(message).IsCrisis, string.Join(',', CreateSut().Explain(message)));

    [Fact]
    public void Assess_HugeOrOddInput_NeverThrows()
    {
        var sut = CreateSut();
        Assert.False(sut.Assess(new string('钱', 100_000)).IsCrisis);
        Assert.False(sut.Assess("😀🙏\u0000\uFFFF").IsCrisis);
    }
}
