using RightsBot.Tests.Knowledge.Evaluation;

namespace RightsBot.Tests.Knowledge;

/// <summary>
/// The figures the bot reached when they were last measured (docs/knowledge.md), less a small allowance: a change that
/// makes understanding worse fails here. Raise them when the bot gets better; never lower them to let a change pass.
/// </summary>
internal static class BlindEvaluationFloors
{
    public sealed record Floor(double DirectRight, double MaxAskedBack, double MaxConfidentlyWrong, double OutOfDomainDeclined, double CrisisRecall, double MaxFalseCrisis, double SmallTalk);

    public static readonly Floor Test = new(DirectRight: 0.74, MaxAskedBack: 0.12, MaxConfidentlyWrong: 0.09, OutOfDomainDeclined: 0.88, CrisisRecall: 0.84, MaxFalseCrisis: 0.02, SmallTalk: 0.62);

    public static readonly Floor Development = new(DirectRight: 0.76, MaxAskedBack: 0.11, MaxConfidentlyWrong: 0.07, OutOfDomainDeclined: 0.9, CrisisRecall: 0.98, MaxFalseCrisis: 0.02, SmallTalk: 0.88);

    public static readonly Floor Internal = new(DirectRight: 0.92, MaxAskedBack: 0.03, MaxConfidentlyWrong: 0.04, OutOfDomainDeclined: 0.92, CrisisRecall: 0.95, MaxFalseCrisis: 0.01, SmallTalk: 0);

    public static void Check(Scorecard card, Floor floor)
    {
        Assert.True(card.DirectRightShare >= floor.DirectRight, $"answered directly with a right article {card.DirectRightShare:P1} < {floor.DirectRight:P1}");
        Assert.True(card.AskedBackShare <= floor.MaxAskedBack, $"asked back {card.AskedBackShare:P1} > {floor.MaxAskedBack:P1}");
        Assert.True(card.ConfidentlyWrongShare <= floor.MaxConfidentlyWrong, $"confidently wrong {card.ConfidentlyWrongShare:P1} > {floor.MaxConfidentlyWrong:P1}");
        Assert.True(card.OutOfDomainDeclinedShare >= floor.OutOfDomainDeclined, $"out-of-domain declined {card.OutOfDomainDeclinedShare:P1} < {floor.OutOfDomainDeclined:P1}");
        Assert.True(card.CrisisRecallShare >= floor.CrisisRecall, $"crisis recalled {card.CrisisRecallShare:P1} < {floor.CrisisRecall:P1}");
        Assert.True(card.FalseCrisisShare <= floor.MaxFalseCrisis, $"false crisis alarms {card.FalseCrisisShare:P1} > {floor.MaxFalseCrisis:P1}");
        Assert.True(card.SmallTalkShare >= floor.SmallTalk, $"small talk recognised {card.SmallTalkShare:P1} < {floor.SmallTalk:P1}");
    }
}
