using System.Text.RegularExpressions;
using RightsBot.Knowledge.Indexing;

namespace RightsBot.Knowledge.Safety;

/// <summary>
/// Recognises messages about suicide or self-harm, violence or threats, someone held, or someone badly hurt, before
/// anything else happens in a turn. It errs on the side of safety: a false alarm costs a worker one extra sentence
/// with emergency numbers; a miss can cost a life. Common typos and homophones (想四了, 工姿) are covered.
/// </summary>
public sealed partial class CrisisDetector
{
    private static readonly (CrisisKind Kind, Regex Pattern)[] Patterns =
    [
        (CrisisKind.SelfHarm, SelfHarm()),
        (CrisisKind.Violence, Violence()),
        (CrisisKind.Held, Held()),
        (CrisisKind.Injury, Injury()),
    ];

    /// <summary>Assesses one message; never throws.</summary>
    public CrisisAssessment Assess(string? message)
    {
        var text = TextNormalizer.Fold(message);
        if (text.Length == 0)
        {
            return CrisisAssessment.None;
        }

        List<CrisisKind>? kinds = null;
        foreach (var (kind, pattern) in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                (kinds ??= []).Add(kind);
            }
        }

        return kinds is null ? CrisisAssessment.None : new CrisisAssessment(kinds);
    }

    [GeneratedRegex(
        "不想活|活不下去|活不成了|活着(真的)?(没|莫得|没有|没啥)(意思|意义|劲|盼头)|(想|要|去)(死|四)(了|算了|掉)|想(死|四)$|死了算了|死了(就)?(不用|好了|干净|一了百了)|不如死|一了百了|" +
        "自杀|轻生|寻死|寻短见|结束(自己的?)?生命|跳楼|跳河|跳江|跳湖|跳海|(从|在).{0,8}(楼|楼顶|天台|桥|塔吊|架子).{0,6}跳|跳下去|" +
        "(喝|买|吃)了?.{0,3}(农药|敌敌畏|百草枯|老鼠药)|安眠药|吃了一?大?把.{0,2}药|割腕|(划|割)了?.{0,6}(手腕|口子|血管)|上吊|撑不下去|熬不下去|不想再活",
        RegexOptions.CultureInvariant)]
    private static partial Regex SelfHarm();

    [GeneratedRegex(
        "(打|揍|踹|砍|捅|殴打|围殴)(我|人|死|伤|断|晕)|被.{0,4}(打|揍|踹|砍|捅|殴打|围殴)(?!卡|工|电话|折|款|钱|字|印|针)|正在.{0,6}打|(弄|整|搞|打|砍|捅)死(我|你|他|人)?|杀了?(我|你|他|人)|" +
        "拿(着)?刀|动刀|刀.{0,3}比划|持刀|拿.{0,2}(棍|铁棍|钢管|砖头)|(威胁|恐吓)(我|说|要)|说要.{0,4}(打|弄死|杀|砍|捅|收拾|废了)|堵(我|在门口|门)|要(我|你|他)的?命|" +
        "打断.{0,3}(腿|手)|(找他|跟他|和他|去)拼了|同归于尽|一起死",
        RegexOptions.CultureInvariant)]
    private static partial Regex Violence();

    [GeneratedRegex(
        "(关|锁|困)(在|起来)|被(关|锁|困|限制自由)|不让(我|我们|俺|俺们|人)?(走|出门|出去|离开|回家)|限制.{0,2}自由|出不去|扣(住|下)(人|我|我们)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Held();

    [GeneratedRegex(
        "(流|淌)了?(好多|很多|一地|不少)?的?血|血止不住|出血不止|昏迷|晕(过去|倒|死)|打晕|不省人事|人不动了|(人|他|她|工友|老乡|地上).{0,4}没(了)?(反应|呼吸|气|意识)|没有?呼吸|没气了|" +
        "卷进去|压在.{0,6}(下面|底下)|快不行了|出人命|受了?重伤",
        RegexOptions.CultureInvariant)]
    private static partial Regex Injury();
}
