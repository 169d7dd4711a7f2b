using System.Text.RegularExpressions;
using RightsBot.Knowledge.Indexing;

namespace RightsBot.Knowledge.Safety;

/// <summary>
/// Recognises messages about suicide or self-harm (the worker's own or someone else's), violence or threats, someone
/// held, or someone hurt right now, before anything else happens in a turn. It errs on the side of safety: a false
/// alarm costs a worker one extra message with emergency numbers; a miss can cost a life.
/// <list type="number">
/// <item>The text is folded (<see cref="TextNormalizer"/>) and common homophone typos of danger words are corrected
/// (不想或了 → 不想活了, 塔掉 → 塔吊, 调下来 → 掉下来).</item>
/// <item>Everyday sayings that only sound alarming are blanked out: exaggerations with 死 (累死了, 气死我了, 死活不给),
/// 跳 that is not jumping (跳槽, 跳楼价), 打 that is not hitting (打卡, 打工, 打白条, 打击报复).</item>
/// <item>Named rules look for intent and means of self-harm, someone else threatening to jump, violence and threats,
/// being held, and injuries. An accident told as past (去年, 出院, 认定, 算不算工伤, 谁负责) is a question about
/// rights, not an emergency, unless it has unmistakable signs of now (还在流血, 没反应, 快来人).</item>
/// <item>A classifier trained on crisis messages (<see cref="CrisisClassifier"/>) catches new wordings the rules do
/// not know; a message the rules flag is never cleared by it.</item>
/// </list>
/// </summary>
public sealed partial class CrisisDetector
{
    private const string Person =
        "(他|她|佢|伊|工友|公友|工人|老乡|同事|同乡|师傅|兄弟|大哥|大姐|老公|老婆|媳妇|男人|丈夫|妻子|爱人|老伴|对象|爸|妈|爹|娘|儿子|女儿|闺女|" +
        "班长|组长|包工头|工头|老板|有人|有个|一个人|几个|好几个|大家|我们|俺们|咱们|我哋|他们|她们|佢哋|人家|室友|舍友|朋友|亲戚|哥|姐|弟|妹)";

    // Homophone typos of the words the rules look for; the right word replaces the typo before matching.
    private static readonly (string Typo, string Word)[] Typos =
    [
        ("不想或", "不想活"), ("不想火", "不想活"), ("不想获", "不想活"), ("活不下趣", "活不下去"), ("或不下去", "活不下去"),
        ("塔掉", "塔吊"), ("塔调", "塔吊"), ("调下来", "掉下来"), ("调下去", "掉下去"), ("吊下来", "掉下来"), ("解拖", "解脱"),
        ("条楼", "跳楼"), ("跳搂", "跳楼"), ("自刹", "自杀"), ("自沙", "自杀"), ("想四", "想死"), ("农要", "农药"), ("浓药", "农药"),
        ("安眠要", "安眠药"), ("云倒", "晕倒"), ("流雪", "流血"), ("留血", "流血"), ("公友", "工友"), ("一了白了", "一了百了"),
        ("同归于进", "同归于尽"), ("活者", "活着"), ("包公头", "包工头"), ("就命", "救命"), ("打段", "打断"), ("敲段", "敲断"), ("塌放", "塌方"), ("触店", "触电"),
    ];

    // Markers that an accident or a beating is told as past or as a claim: then it is a question about rights.
    private static readonly string[] PastMarkers =
    [
        "去年", "前年", "上个月", "上月", "上周", "上礼拜", "上星期", "前几天", "前些天", "几天前", "个月前", "几个月", "年前", "之前", "以前", "那时", "当时",
        "那次", "早就", "出院", "住院", "住了院", "住了几天", "养伤", "养了", "治好", "好了以后", "做完手术", "手术后", "醒了", "醒过来", "认定", "鉴定", "伤残",
        "赔偿", "赔多少", "赔了", "赔钱", "报销", "医药费", "医疗费", "工伤", "公伤", "停工留薪", "复工", "后来", "事后", "处理过", "处理了", "立案",
        "去世", "过世", "没救过来", "抢救无效", "丧葬", "工亡", "谁负责", "谁来赔", "谁赔", "负不负责", "找谁", "找哪个", "不关", "不负责", "不管", "不赔",
        "不认", "查出", "诊断", "医院说", "尘肺", "职业病", "耽误", "功伤", "不是他们的人", "不是我们的人", "赔不起", "上下班",
        "合理时间", "算不算", "能不能算", "算吗", "能算", "没抢救过来", "抢救了", "没了以后",
    ];

    /// <summary>Messages with fewer Han characters than this are judged by the rules alone.</summary>
    private const int MinClassifiedLength = 6;

    private readonly CrisisClassifier? _classifier;

    /// <summary>The rules alone.</summary>
    public CrisisDetector()
        : this(null)
    {
    }

    internal CrisisDetector(CrisisClassifier? classifier) => _classifier = classifier;

    private static readonly Rule[] Rules =
    [
        new("self:intent", CrisisKind.SelfHarm, SelfIntent(), Attribution.Subject),
        new("self:means", CrisisKind.SelfHarm, SelfMeans(), Attribution.Subject),
        new("self:farewell", CrisisKind.SelfHarm, Farewell(), Attribution.Writer),
        new("self:injury", CrisisKind.SelfHarm, SelfInjury(), Attribution.Writer),
        new("self:giving-away", CrisisKind.SelfHarm, GivingAway(), Attribution.Subject),
        new("others:threat", CrisisKind.OthersAtRisk, OthersThreatening(), Attribution.Imminent),
        new("edge:now", CrisisKind.SelfHarm, AtTheEdge(), Attribution.ImminentSubject),
        new("attempt", CrisisKind.Injury, AttemptUnderWay(), Attribution.Writer),
        new("violence:threat", CrisisKind.Violence, Threat(), Attribution.Writer),
        new("violence:family", CrisisKind.Violence, ThreatToFamily(), Attribution.Writer),
        new("violence:worker", CrisisKind.Violence, WorkerThreatening(), Attribution.Writer),
        new("violence:assault", CrisisKind.Violence, Assault(), Attribution.NotPast),
        new("held", CrisisKind.Held, Held(), Attribution.Writer),
        new("held:guarded", CrisisKind.Held, HeldAmbiguous(), Attribution.HeldContext),
        new("injury:now", CrisisKind.Injury, InjuryNow(), Attribution.Writer),
        new("injury:unconscious", CrisisKind.Injury, Unconscious(), Attribution.NotPast),
        new("injury:event", CrisisKind.Injury, InjuryEvent(), Attribution.NotPast),
    ];

    private enum Attribution
    {
        /// <summary>Counts as it is.</summary>
        Writer,

        /// <summary>About the writer, or about someone else when a third person comes just before it.</summary>
        Subject,

        /// <summary>Someone else in immediate danger.</summary>
        Imminent,

        /// <summary>Someone (the writer or another) at the edge right now.</summary>
        ImminentSubject,

        /// <summary>Only when the message does not tell it as past or as a claim.</summary>
        NotPast,

        /// <summary>Only with signs of being guarded or locked in.</summary>
        HeldContext,
    }

    /// <summary>Assesses one message; never throws.</summary>
    public CrisisAssessment Assess(string? message)
    {
        var text = Prepare(message);
        if (text.Length == 0)
        {
            return CrisisAssessment.None;
        }

        var kinds = new List<CrisisKind>(2);
        var imminent = false;
        var othersIdeation = false;
        var past = PastMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)) && !HappeningNow().IsMatch(text);
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            switch (rule.Attribution)
            {
                case Attribution.Subject when IsAboutSomeoneElse(text, match.Index):
                    Add(kinds, CrisisKind.OthersAtRisk);
                    othersIdeation = true;
                    break;
                case Attribution.Imminent:
                    Add(kinds, rule.Kind);
                    imminent = true;
                    break;
                case Attribution.ImminentSubject:
                    Add(kinds, IsAboutSomeoneElse(text, match.Index) ? CrisisKind.OthersAtRisk : CrisisKind.SelfHarm);
                    imminent = true;
                    break;
                case Attribution.NotPast when past:
                case Attribution.HeldContext when !HeldContext().IsMatch(text):
                    break;
                default:
                    Add(kinds, rule.Kind);
                    break;
            }
        }

        // The classifier only speaks for messages long enough to say something: a form's one-word answer (受伤, 住院,
        // 三个月) carries too little to judge, and the rules cover the short cries (想死, 救命, 被关着).
        if (kinds.Count == 0 && CountHan(text) >= MinClassifiedLength && _classifier?.Assess(message!) is { } learned)
        {
            kinds.Add(learned.Kind);
            imminent = learned.Kind == CrisisKind.OthersAtRisk;
        }

        // Someone else's thoughts of suicide at home (a mother who hides pills) call for the help line first; someone
        // threatening to jump, or an attempt under way, for the police or an ambulance.
        imminent |= kinds.Contains(CrisisKind.OthersAtRisk) && (!othersIdeation || ImminentCues().IsMatch(text));
        return kinds.Count == 0 ? CrisisAssessment.None : new CrisisAssessment(kinds, imminent);
    }

    /// <summary>The names of the rules that match <paramref name="message"/> (for tests and tuning).</summary>
    internal IReadOnlyList<string> Explain(string? message)
    {
        var text = Prepare(message);
        return [.. Rules.Where(r => r.Pattern.IsMatch(text)).Select(r => r.Name)];
    }

    private static string Prepare(string? message)
    {
        var text = TextNormalizer.Fold(message);
        foreach (var (typo, word) in Typos)
        {
            if (text.Contains(typo, StringComparison.Ordinal))
            {
                text = text.Replace(typo, word, StringComparison.Ordinal);
            }
        }

        return Idioms().Replace(text, "□");
    }

    private static int CountHan(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is >= '\u4e00' and <= '\u9fff' ? 1 : 0;
        }

        return count;
    }

    private static void Add(List<CrisisKind> kinds, CrisisKind kind)
    {
        if (!kinds.Contains(kind))
        {
            kinds.Add(kind);
        }
    }

    private static bool IsAboutSomeoneElse(string text, int index)
    {
        var before = text[Math.Max(0, index - 14)..index];
        var others = OtherPerson().Matches(before);
        if (others.Count == 0)
        {
            return false;
        }

        // "我老公说他不想活了" is about the husband; "他们欠我钱我不想活了" is about the worker: the nearest subject wins.
        var last = others[^1];
        var self = Math.Max(before.LastIndexOf('我'), Math.Max(before.LastIndexOf('俺'), before.LastIndexOf("自己", StringComparison.Ordinal)));
        return self < last.Index || (self >= last.Index && self < last.Index + last.Length);
    }

    private sealed record Rule(string Name, CrisisKind Kind, Regex Pattern, Attribution Attribution);

    // Someone else's plan is about to be carried out: tonight, windows sealed, a locked door that does not open.
    [GeneratedRegex("今晚|今天晚上|马上就|现在就|已经(把)?(窗户|门窗|窗子|门缝)(都)?(贴|封|堵)|敲.{0,4}不开|叫(他|她)?不应|(门|房门)(反锁|锁着|锁了).{0,8}(不开|叫不应|没声)", RegexOptions.CultureInvariant)]
    private static partial Regex ImminentCues();

    // Signs that an accident is happening as the worker writes, even when they also ask about a claim.
    [GeneratedRegex("刚(刚|才)?(从|被|在|摔|掉|砸|压|卷|烫|烧|电|跌|撞|给)|正在|快来|还在(流|吐|抽)|现在(人)?(躺|动不了|晕|在医院门口|没人管)", RegexOptions.CultureInvariant)]
    private static partial Regex HappeningNow();

    [GeneratedRegex(Person, RegexOptions.CultureInvariant)]
    private static partial Regex OtherPerson();

    [GeneratedRegex(
        "(累|笑|气|热|冷|烦|困|忙|吓|急|愁|憋|闷|饿|穷|懒|丑|臭|难受|坑|害|逼|悔|馋|羡慕|高兴|开心|乐|痒|疼|痛|晒|冻|抠|贵|吵|攰|挤)(死|四|屎|煞)(了|我了|俺了|人了|人|我|俺|啦|咯|喽|嘞|勒|哦|呀|个人|个|掉了)?|" +
        "想死(你|您|我了|俺了|人了)|要死要活|死活|死不|死也要|死都要|死都不|就是死|打死(也|都|我也|俺也)|死扛|死磕|死皮|死缠|死老板|老不死|该死|死机|死心|" +
        "死工资|死命|拼死|半死|死定了|告死|整死不给|往死里(扣|压|坑|整)|得要死|得要命|要了老命|要(我|俺|人)(的)?(老)?命(啊|呀|哦|嘛|咯|哇)|死亡赔偿|工亡|因工死亡|死亡补助|丧葬|抚恤|" +
        "跳槽|跳楼价|跳楼甩卖|跳楼大甩卖|跳闸|跳过|跳舞|广场舞|心跳|眼皮跳|跳单|跳蚤|蹦跳|" +
        "打卡|打工|打电话|打个电话|打了(几|一|两|好几)?个电话|打官司|打(了)?(个|张)?(白条|欠条|条子|收条|借条)|打款|打钱|打字|打印|打听|打算|打车|打扫|打折|打包|打零工|打点|" +
        "打游戏|打麻将|打针|打疫苗|打交道|打扮|打理|打磨|打孔|打胶|打螺丝|打杂|打下手|打扰|打开|打滑|打给|打到|打过来|打进|打回|打击|打听|打牌|打球|" +
        "流血流汗|流汗流血|血汗|献血|验血|抽血|血压|血糖|说说而已|开玩笑的|打(120|110|12351|12333|12345|12348|12356)|打农药|喷农药|洒农药|撒农药|农药残留|拼命干|拼命做|拼命的干|要命的是|累得要命|忙得要命|白血病|脑出血|脑溢血|" +
        "(手机|电话|电池|电脑|车子|生意|厂子|公司)(也|都)?快不行了|(你|您|你们|机器人)(快|赶紧|怎么不)?去死|" +
        "关门|关厂|关停|关闭|关系|关于|关心|关注|锁定|困难|困惑|扣钱|扣工资|扣押金|扣社保|扣分|开刀|刀具|刀片厂",
        RegexOptions.CultureInvariant)]
    private static partial Regex Idioms();

    [GeneratedRegex(
        "不想(再)?活|不(要|愿|愿意)活(了|下去)|唔想(再)?(活|生存)|弗想活|伐想活|活(不|唔)(下去|落去|成了|起了)|没法活|冇法活|没(得)?活路|冇(得)?活路|莫得活路|活够了|不活了|" +
        "活(着|在世上)?(有|还有)?(啥|什么|乜|咩)(意思|意义|用|劲|盼头)|活(着|在世上)?(真|真的|太|好|也|都)?(没|冇|莫得|没有|没得)(啥|什么|乜|咩|撒子|啥子|么子)?(意思|意义|盼头|奔头|劲|指望)|" +
        "想死|(想|要|去|只想|就想|准备|打算)(去)?寻死|(想着|想到|老想|总想|一直想|成天想)(去)?死|一死了之|死了(就|才|也)?(算了|算|好了|干净|解脱|一了百了|拉倒|省心|不用|清净|轻松)|死咗(算|就好|佢)|" +
        "(不如|倒不如|还不如)(去)?死|死给.{0,6}看|以死(相逼|明志|讨薪|抗争)|寻短见|想不开|轻生|自杀|自尽|自残|了断|了结(自己|生命|此生|余生)|结束(自己|我|俺)?的?生命|" +
        "一了百了|(日子|这日子)(真|实在)?没法过了|撑不下去|(我|俺|感觉|真的|实在)(快)?撑不住了|(我|俺)(是不是)?(该|应该|只能|干脆|还是)(去)?死(了)?(吧|算了)?$|(我|俺)(是不是)?该去死|死法|(怎么|咋|怎样|如何)(去)?死(比较|最|才)?(快|不痛|不疼|舒服)|不想(再)?醒(过来|来)|(我|俺)要是(哪天)?(没了|不在了|死了)|不想(再)?拖累|bu ?xiang ?huo|zi ?sha|xiang ?(qu ?)?si ?le|熬不下去|挺不下去|顶唔顺|活腻|生无可恋|解脱(了|算了|吧)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntent();

    [GeneratedRegex(
        "(喝|吞|吃|买|备|藏|存|攒|准备|放着|放了|拿着|兑|倒)(了|着|好)?.{0,6}(农药|百草枯|敌敌畏|草甘膦|老鼠药|鼠药|毒鼠强|耗子药|杀虫剂|除草剂|安眠药|安定片|毒药)|" +
        "(农药|百草枯|敌敌畏|老鼠药|耗子药|安眠药|毒药).{0,10}(喝|吞|一口|死|了结|结束|不想活|解脱|备好|准备好)|(农药|百草枯|敌敌畏|老鼠药|安眠药).{0,12}(攒|存|藏|备)(了|着|好)|喝药|(攒|存|藏)(了)?.{0,4}药|一(大)?把(药|安眠药)|吃药(死|自杀)|" +
        "绳子.{0,6}(备好|准备好|挂|系好|脖子|梁|吊)|上吊|吊死|悬梁|割腕|割脉|割(手腕|血管|动脉)|" +
        "跳楼|跳河|跳江|跳湖|跳海|跳桥|跳崖|跳井|跳水库|跳坝|跳塔吊|跳下去|跳落|往.{0,6}(河|江|湖|海|楼下|下面|水|桥下|坝)(里|面)?(一)?跳|" +
        "(从|在|上|到|爬上|站在|坐在).{0,8}(楼|顶|天台|桥|塔吊|吊塔|脚手架|高处|窗台|坝).{0,6}(跳|往下|落去)|(桥|楼顶|天台|坝|河边|江边|湖边).{0,12}(差点|差一点|就想|想)(就)?(下去|跳)|" +
        "(想|要|去)(撞|冲|钻)(车|火车|大车|货车|卡车)|往.{0,6}(车|货车|大货车|火车|卡车)(的)?(底下|下面|轮子|里)?(一)?(钻|撞|冲)|卧轨|烧炭|炭盆|(开|放)煤气|" +
        "封(了|好)?(门窗|窗户|窗子)|投河|投江|淹死(自己|算了)|沉河",
        RegexOptions.CultureInvariant)]
    private static partial Regex SelfMeans();

    // Goodbyes and giving away: always the writer's own.
    [GeneratedRegex(
        "遗书|遗言|交代后事|安排后事|托付给(你们|你|工会|你哋)|(孩子|娃|女儿|儿子|老人|爹妈|细路).{0,4}(托付|交给|拜托)(给)?(你们|你|工会)|拜托(你们|你)(帮我)?照顾|" +
        "下辈子|永别|来世再|最后(一|1)次(问|求|找|说|麻烦|联系|发消息|跟你们)|(以后|往后)(都)?(不用|别)(再)?(回|管|理)(我)?(消息|了)|(不用|别)(再)?回我(消息)?了|" +
        "我想好了$|最后(一次)?(跟|和)(你们|你)说(一)?声|(你们|你)?别劝我了?$|跟(这个)?世界(说)?再见",
        RegexOptions.CultureInvariant)]
    private static partial Regex Farewell();

    [GeneratedRegex("(以后|反正|我)?(都)?用不上了|(东西|钱|手机|存折|银行卡).{0,8}(都)?(给|塞给|留给|交给)(我|你|你们|他).{0,10}(以后|用不上|不要了)", RegexOptions.CultureInvariant)]
    private static partial Regex GivingAway();

    [GeneratedRegex("(烟头|刀|刀片|玻璃|打火机).{0,4}(烫|割|划|扎)(自己|手|胳膊|腿)|(烫|割|划|扎|撞)自己|拿头撞墙|(用)?头撞墙", RegexOptions.CultureInvariant)]
    private static partial Regex SelfInjury();

    // Someone else threatening to kill themselves, or up where they could jump (the crane, the roof) over wages.
    [GeneratedRegex(
        Person + ".{0,10}(要|想|说要|扬言|闹着|嚷着|喊着|准备|打算|威胁|爬上|爬到|站在|坐在|蹲在|上了).{0,12}(跳|喝农药|喝药|自杀|寻死|不活|死给|上吊|割腕|烧炭)|" +
        Person + ".{0,6}(在|爬上|爬到|站在|坐在|蹲在|上了)(了)?(塔吊|吊塔|吊车|楼顶|天台|屋顶|房顶|桥|大桥|楼边|窗台)(上|边|顶)?(?!.{0,6}(干活|施工|作业|铺|装|焊|刷|修|搬|扎|绑|拆|打扫|上班|开|操作|工作|干))|" +
        "(集体|一起|大家|全部)(要)?(跳|自杀|喝药|寻死)|跳楼讨薪|以跳楼|(人|他|她|工友|室友)(不见了|失联了|找不到了).{0,12}(不想活|想不开|用不上|遗书|告别)|" +
        "(用不上了|遗书|告别|想不开|不想活).{0,24}(不见了|失联|找不到|关机)",
        RegexOptions.CultureInvariant)]
    private static partial Regex OthersThreatening();

    [GeneratedRegex(
        "(再)?往前(走)?一步|栏杆外|悬在(外面|半空)|(楼顶|天台|屋顶|楼|桥)边(上)?.{0,4}(坐着|站着|蹲着)|(楼顶|天台|屋顶|桥上|桥栏杆|江边|河边|湖边|海边|水库边|楼边).{0,12}(别劝|最后|(准备|要|这就)下去了|水好冷)|(已经)?(到|在|爬到|爬上)了?.{0,6}(楼顶|天台|屋顶)(上)?了.{0,12}(别劝|别拦|最后)|(现在|正在|就在|此刻|已经)(就)?(站|坐|爬|蹲|在).{0,8}(楼顶|天台|屋顶|房顶|桥|塔吊|吊塔|楼边|窗台|顶上|坝上)|" +
        "(站在|坐在|爬上|爬到|在)(了)?.{0,6}(楼顶|天台|屋顶|房顶|桥|塔吊|吊塔).{0,10}(跳下去|往下跳|要跳|想跳|准备跳|就跳)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AtTheEdge();

    // An attempt already under way: poison or pills taken, a cut made. The ambulance first.
    [GeneratedRegex(
        "(已经|刚|刚刚|刚才|都)(喝|吞|吃)(了|下)?.{0,6}(农药|百草枯|敌敌畏|老鼠药|耗子药|安眠药|药|毒)|药(已经|都)(吃|喝|吞)(下去|下|了)|药(吃|吞)下去了|" +
        "(?<!(要|想|准备|打算|就|去))(喝|吞|吃)(了)?(一|半|整)?(瓶|把|盒|板|包|口)?(农药|百草枯|敌敌畏|老鼠药|耗子药|安眠药|毒药)(了|啦)|" +
        "(喝|吞|吃)了(一|半|整)?(瓶|把|盒|板|包|口)?.{0,3}(农药|百草枯|敌敌畏|老鼠药|耗子药|安眠药)|(已经|刚|刚刚|刚才)(割|划)了?.{0,4}(腕|手|脉|血管|口子|自己)|割了(手腕|腕|脉|血管)|" +
        "(炭|煤气)(已经)?(点|烧|开)(着|上|了)|吃了(好多|很多|一大把|一把|一堆|一瓶|半瓶|整瓶)(的)?(药|安眠药)|(农药|百草枯|敌敌畏|老鼠药|耗子药|安眠药)(已经)?(喝|吞|吃)了",
        RegexOptions.CultureInvariant)]
    private static partial Regex AttemptUnderWay();

    [GeneratedRegex(
        "(弄|整|搞|打|砍|捅|干|斩|劈|锤|捶|做|抡|宰)(死|残|废|掉)(你|我|他|她|人|我们|你们|佢|俺|你全家)|灭了(你|他|我)|(?<![作报荒])废了(你|他|我|俺)|(要|说要|扬言|就)收拾(你|我|他|俺)|" +
        "(打断|敲断|打折|砸断|敲折|掰断|打瘸).{0,4}(腿|手|胳膊|脚|脚骨|骨头)|(腿|手|胳膊|脚|脚骨|骨头)(给你|给他|都)?(打断|敲断|打折|砸断)|卸(你|他|我|俺)?.{0,3}(腿|胳膊)|" +
        "(说|讲|扬言|放话|威胁|警告|恐吓).{0,10}(弄死|打死|砍死|捅死|砍你|捅你|收拾你|收拾他|整死|做掉|灭了|要(你|我|他|俺)的?命|有你好看|小心点|小心你|后果自负|走着瞧|不放过)|取(你|我)(狗)?命|" +
        "(拿|持|掏|亮|举|抄|拎|挥|揣|别|揸)(着|了|出|起|住)?.{0,4}(刀|菜刀|砍刀|匕首|枪|斧头)|(拿|抄|举|挥|拎|用)(着|起)?.{0,3}(棍|棒|铁棍|钢管|铁锹|锤子|榔头|砖头|扳手|皮带|鞭子|凳子).{0,6}(打|抽|砸|冲|追|过来|威胁|要|等(我|俺|你)|堵)|手(里|上)(拿|握|提|抄)着.{0,3}(刀|棍|棒|钢管|铁棍|砍刀|斧头|砖头)|带(了)?.{0,6}(人|打手).{0,10}(钢管|棍|刀)|(把|将)(我|俺|你|他|她)(扔|丢|推|沉)(到|进)?.{0,2}(河|江|海|楼下|水)(里)?|(砍|捅|杀)人(了|啦|啊)|持刀|行凶|(杀|弄死|砍死|灭)(你|我|他|俺)?(全家|一家)|泼(了)?(油漆|粪|红漆)|开(着)?车.{0,10}撞(人|我|我们|过来)|往.{0,8}人(堆|群)里撞|走不出(这个|这)?(城市|地方|门|村|这里)|" +
        "刀(架|抵|顶|比划|比着)|动刀|捅刀子|黑社会|打手|道上的人|社会上的人|混混|流氓|地痞|(一帮|一伙|一群|几个)(人|男的|打手|混混).{0,8}(堵|打人|围|冲进来|砸|闹事|动手|威胁)|" +
        "把(我|俺|我们|俺们|她|他)(堵|拦|围)(住|在)|(堵|拦|围)(住|着)(了)?(我|俺|我们|俺们)(?!怕|担心|觉得)|强奸|性侵|猥亵",
        RegexOptions.CultureInvariant)]
    private static partial Regex Threat();

    // Threats against the worker's family: finding the child at school, photos of the home, going to the home village.
    [GeneratedRegex(
        "(找|去|到|上)(你|我|俺|他)?(的)?(家|家里|老家|屋里)?.{0,4}(孩子|娃|小孩|儿子|女儿|闺女|学校|老婆|家人|爹妈|父母).{0,8}(麻烦|算账|收拾|堵|好看|下手|动手|小心|出事)|" +
        "(知道|晓得|打听)(到)?(你|我|俺|他)?(的)?(家|孩子|娃|儿子|女儿|闺女|老婆)(住)?(在哪|哪个学校|上学|在哪上学|住哪|学校)|(去|到)(孩子|娃|你|我)?(的)?学校(找|堵|门口)|" +
        "(孩子|娃|儿子|女儿|家人|老婆).{0,6}(小心|别想好|出事|有你好看|不放过)|拍(了|下)(我|俺|你)?(家|家里|屋|孩子|娃)(的|门口)?.{0,3}(照片|门口)|待不下去.{0,10}(女儿|儿子|孩子|娃|家)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ThreatToFamily();

    // The worker (or workmates) threatening violence against the boss.
    [GeneratedRegex(
        "(砍|杀|捅|弄死|整死|搞死|干死|宰|剁|劈|斩|抡死|锤死|打死|捅死|砍死|杀死)(了)?(他|她|佢|老板|包工头|工头|这个|那个|狗|全家|他全家|他们|那狗)|(一锤子|一刀|一棍子|一板砖).{0,4}(抡|砍|捅|砸|敲|拍)|" +
        "同归于尽|(跟|和|同)(他|她|佢|老板|包工头|他们).{0,4}拼(了|命)|拼(了)?这条命|鱼死网破|(放火|点火|纵火)|(烧|炸)(了|掉|死)(他|她|老板|工地|厂|他家|房子|办公室)|" +
        "(揣|带|拿|藏|磨)(着|了|好)?.{0,3}刀.{0,12}(找|去|等|楼下|门口)|(在|到)(老板|他|包工头).{0,6}(楼下|门口|办公室|家门口).{0,12}(刀|拼|等着)|" +
        "绑(了|架)(老板|他|包工头)|不给(钱)?就(砍|杀|弄|捅|跟他拼|同归于尽)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WorkerThreatening();

    // Being hit (a crisis unless told as past or asked about as a work injury).
    [GeneratedRegex(
        "(被|遭|让|俾|畀|给)(人|他|她|他们|她们|老板|包工头|工头|保安|打手|几个人|一帮人|一群人|对方|佢哋|佢|站长|班长|组长|老板娘|雇主|经理|主管|混混|黑社会)?(的人)?(狠狠|活活|当众|一顿)?(地|的)?" +
        "(打|揍|踹|踢|扇|抽|捶|锤|砍|捅|殴打|围殴|围攻|暴打|毒打|打伤|打残|推倒|推下|掐|勒|绑|按在地上|摁在地上)|" +
        "(把|将)(我|俺|他|她|人|我们|工友|我老公|我男人|我老婆)(按|摁|推|拖|拽|打|揍|踹|踢|扇)(在|倒|到|了|得|地)|" +
        "(打|揍|踹|踢|扇|抽|捶|锤|砍|捅)(了)?(我|俺|我们|俺们|我老公|我男人|我老婆|我媳妇|我爸|我儿子|工友|老乡)(?!(电话|手机|卡|账|微信|钱|支付宝|银行))|" +
        "挨(了)?(打|揍|一顿|顿打|拳|刀|巴掌)|(动手|动起手)(打|了)|打起来了|打了起来|正在打|在打人|打人了|打(伤|残|晕|破)(了)?(我|他|她|人|头)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Assault();

    [GeneratedRegex(
        "把(我|俺|我们|俺们|人|工人|他|她|大家|工友|我老公|谁)(关|锁|困|反锁|扣下|扣住|押)(在|起来|起|到起|进|住|下|着)?|" +
        "(我|俺|我们|俺们|工人|大家)(被)?(关|锁|困|反锁)(在|进|起来|到起|起)|(被|遭|俾|畀)(人)?(关|锁|困|反锁|软禁|囚禁|拘禁|控制|看管|看着|扣下|扣住|扣在)(?!(钱|工资|卡|证|身份证|账|了钱|人工))|" +
        "关起来(了)?|(大门|门)(一直|从外面|天天|整天)(锁着|被锁|锁起来)|(几|三|两|一|好几|半)个月(都)?没出(去|过门)(过)?|有人(锁门|跟着|看着|守着)|躲在.{0,6}(打字|发消息)|chu ?bu ?qu|bei ?guan|门从外面(锁|反锁|插)|从外面(锁|反锁)(门|了|上|住)|出不去|出唔到|逃不出|跑不出|逃出来|跑出来了|被(追|抓)回来|" +
        "限制.{0,2}(人身)?自由|人身自由|软禁|囚禁|拘禁|被控制|有人看着|有人守着|派人(看着|守着)|(门口|大门口|门外)(站着|守着|有)(人|两个人|几个人|保安|打手)|" +
        "(不让|不准|不许|唔俾|唔畀)(我|俺|我们|俺们|人|工人)?(出门|出去|出厂|出工地|出大门|出来|离开宿舍|下山|回去了|打电话|联系家里)|偷(偷)?(拿|借)?(到)?(手机|电话)(发|打)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Held();

    // "不让我走" alone can mean an employer refusing a resignation; with a lock, a guard or a phone taken it is being held.
    [GeneratedRegex("(不让|不准|不许|唔俾|唔畀|不放)(我|俺|我们|俺们|人|工人|他|她)?(走|离开|回家|跑)", RegexOptions.CultureInvariant)]
    private static partial Regex HeldAmbiguous();

    [GeneratedRegex("锁|关(着|在|起)|身份证(都|也)?(被)?(收|没收|拿走|扣)|被骗(到|来)|看着|看守|守着|出不去|门口|大门|手机(被|也|都)?(收|没收|拿走|扣)|押着|控制|打手|保安|拦着|堵|围|威胁|打人", RegexOptions.CultureInvariant)]
    private static partial Regex HeldContext();

    // Unmistakable signs of someone hurt or ill right now, whatever else the message says.
    [GeneratedRegex(
        "(流|淌|冒|喷|吐|咳|涌)(了)?(好多|很多|一地|不少|满|一身|一大滩|好大一滩|大量|不停)?(的)?血|血(流|淌)(不止|满|一地|出来|唔停|不停|个不停)|血止不住|止不住血|出血不止|" +
        "(好多|很多|一地|全是|都是|一大滩)(的)?血|还有(点|一口|口)?气|(跳|摔|掉)(楼|下来)了.{0,6}(还在动|还有气)|刚(被)?(我们)?(放|救|拉|捞)下来|满(身|脸|头|地)(是|都是)?血|hao ?duo ?xue|jiu ?ming|一身(的)?血|浑身是血|头破血流|血肉模糊|还在流血|一直流血|没(了)?(呼吸|心跳)|没有(呼吸|心跳)|不喘气|没气了|断气了|" +
        "翻白眼|口吐白沫|快不行了|不行了快|人快没了|出人命了|死人了|救命|快来人|来人啊|快救|救救(他|她|我们|工友|我老公|我男人)|" +
        "(还|正)?(躺|倒)(在)?(地上|那里|那儿|马路|路边|马路边|工地上|地下|井下).{0,8}(不动|起不来|动不了|没人管|没人送)|" +
        "还躺在(工地|地上|路边|马路|那里)|(还|正在|一直)(在)?(吐血|抽搐|抽筋)",
        RegexOptions.CultureInvariant)]
    private static partial Regex InjuryNow();

    [GeneratedRegex(
        "唔郁|唔识郁|郁唔到|躺(起|着|在那|在地上)(不动|动不了|唔郁)|昏迷|昏过去|昏倒|晕过去|晕倒|晕死|晕了|不省人事|(人|腿|身子|下半身)(都)?动不了|叫不醒|喊不醒|醒不过来|没(了)?(反应|知觉|意识)|冇(晒)?(反应|知觉|呼吸)|没有(反应|知觉|意识)|人不动了|抽搐|" +
        "(头|好|很|一直|现在)晕.{0,4}(想吐|吐|站不稳|眼花|倒)|晕$|中暑|热射病|不出汗|喘不上气|呼吸困难|窒息|(叫|打|喊)(个)?救护车|救护车|抢救|急救",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unconscious();

    // An accident or acute illness; a crisis unless the message speaks of it as past or as a claim.
    [GeneratedRegex(
        "(从|自).{0,8}(架子|脚手架|楼上|高处|梯子|塔吊|吊塔|屋顶|楼顶|房顶|二楼|三楼|楼|车上|货架|井口).{0,4}(摔|掉|跌|栽|坠)(下来|下去|了|落|下)|(摔|掉|跌|栽|坠)(下来|下去|落嚟|落来)(了|咗)|(跌|摔)咗(落嚟|落去|落来)|" +
        "(手|胳膊|腿|脚|手指|指头|头|人|身子|手掌).{0,6}(卷|绞|轧|压|夹|切|砸|碾|啤|冲)(进|断|烂|碎|掉|住|伤|扁|没了|了|咗|到)|卷进(去|机器)|压在.{0,6}(下面|底下)|压住了|埋(在|住)|塌方|冒顶|塌了|" +
        "(砸|撞|磕)(到|中|伤|破)(了)?(头|脑袋|脑壳)|烧伤|烫伤|烫(了|到|伤|坏)|皮(都)?(掉|脱|烂)(了)|起(了)?(好多|一身|满身)?(水)?泡|着火|烧着了|起火|爆炸|爆了|炸伤|炸了|" +
        "触电|电击|被电(到|了|击|倒)|煤气中毒|一氧化碳|中毒了|扎穿|刺穿|钢筋扎|骨头(露|断|戳|刺)(出来|了)|骨折|断了(一根|一只|一条|两根)?(手指|手|腿|胳膊)|(手指|手|腿|胳膊)(断|掉)(了|咗)|" +
        "伤得(很|好|太)?(重|厉害)|受了?重伤|重伤|(被|遭|给|让|俾|畀)(车|汽车|面包车|货车|电动车|叉车|卡车|大车)(给)?(撞|轧|碾|压|刮)",
        RegexOptions.CultureInvariant)]
    private static partial Regex InjuryEvent();
}
