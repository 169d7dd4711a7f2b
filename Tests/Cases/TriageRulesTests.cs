using Microsoft.Extensions.Options;
using RightsBot.Cases;
using RightsBot.Cases.Triage;
using RightsBot.Knowledge.Safety;

namespace RightsBot.Tests.Cases;

public sealed class TriageRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static TriageRules CreateSut() => new(Options.Create(new TriageOptions()), new CrisisDetector());

    private static CaseDraft Ordinary() => new()
    {
        Employer = "某公司", WorkersAffected = 2, AmountOwedLow = 8000, AmountOwedHigh = 8000, StillWorking = true, Wants = "帮我要回工资",
    };

    [Fact]
    public void Evaluate_OrdinaryCase_IsNotSerious() => Assert.Empty(CreateSut().Evaluate(Ordinary(), Today, []));

    [Theory]
    [InlineData(10, 8000, "workers")]
    [InlineData(2, 50000, "amount")]
    public void Evaluate_ManyWorkersOrLargeAmount_IsSerious(int workers, int amount, string reason) =>
        Assert.Contains(reason, CreateSut().Evaluate(Ordinary() with { WorkersAffected = workers, AmountOwedHigh = amount }, Today, []));

    [Fact]
    public void Evaluate_ViolenceInjuryOrAbsconded_AreReasons()
    {
        var reasons = CreateSut().Evaluate(Ordinary() with { Wants = "包工头跑路了，还说要打断我的腿", HardshipReason = "受伤" }, Today, []);
        Assert.Contains("violence", reasons);
        Assert.Contains("injury", reasons);
        Assert.Contains("absconded", reasons);
    }

    [Theory]
    [InlineData(2025, 12, 10, true)]
    [InlineData(2025, 11, 1, true)]
    [InlineData(2026, 6, 1, false)]
    public void Evaluate_ArbitrationYearEndingWithin30Days_IsSerious(int year, int month, int day, bool serious) =>
        Assert.Equal(serious, CreateSut().Evaluate(Ordinary() with { StillWorking = false, WorkedTo = new DateOnly(year, month, day) }, Today, []).Contains("arbitration-deadline"));

    [Fact]
    public void Evaluate_ConversationFlags_CarryOver() =>
        Assert.Equal(["crisis", "prompt-gave-up", "asked-for-person"], CreateSut().Evaluate(Ordinary(), Today, ["crisis:selfharm", "prompt-gave-up", "asked-for-person"]));
}
