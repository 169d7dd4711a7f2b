using System.Text.RegularExpressions;
using RightsBot.Knowledge.Indexing;

namespace RightsBot.Knowledge.SmallTalk;

/// <summary>
/// Tells conversation from questions. A message made only of greetings, thanks, goodbyes, questions about the bot,
/// "I don't understand", acknowledgements or emoji is small talk. Feelings and anger without a question (打工太难了,
/// 你这破机器人) count as small talk only when they name no labour matter; "老板太黑了工资都不给" is a question.
/// Courtesies around a real question (你好，请问…谢谢) are removed before the question is searched.
/// </summary>
public static partial class SmallTalkDetector
{
    private const int MaxFeelingLength = 30;
    private const string Fillers = "啊呀吧呢的了吗么哈嘛哦噢喔嗯呐嘞咯哟诶哎唉啦哇耶哒滴嗷呗喽哩咧咩啰呃额";

    // Phrases by kind, as folded text. Longer phrases are removed first.
    private static readonly (SmallTalkKind Kind, string[] Phrases)[] Table =
    [
        (SmallTalkKind.Identity, [
            "你是谁", "你是哪个", "你是哪位", "你是什么", "你是啥", "你是干啥的", "你是干什么的", "你是做什么的", "你叫什么", "你叫啥", "你叫什么名字",
            "你是机器人吗", "你是机器人", "是机器人吗", "机器人吗", "你是不是机器人", "是不是机器人", "你是真人吗", "是真人吗", "真人吗", "是不是真人",
            "是人吗", "你是人吗", "你是人还是机器", "是ai吗", "你是ai", "人工智能吗", "你是人工智能", "你是政府的吗", "你是政府的", "你是官方的吗",
            "你是工会的吗", "你是工会的人吗", "你是律师吗", "你们是谁", "你们是干什么的", "你们是干啥的", "你能干啥", "你能干什么", "你会什么", "你会干啥",
            "你能做什么", "你能帮我什么", "你可以做什么", "你系边个", "你系咩人", "你系机械人", "你系机器人", "系真人吗", "系唔系真人", "你是男的女的",
            "你叫啥名", "你叫啥名字", "咋称呼你", "怎么称呼你", "怎么称呼", "咋称呼", "是人工还是电脑在回", "是人还是电脑在回", "是人工还是电脑", "是人还是电脑", "是电脑在回", "是不是电脑", "是电脑吗",
            "你是人工吗", "是人工回复吗", "是自动回复吗", "自动回复", "你是哪个嘛", "你是哪个", "你哪位", "你是哪里的", "你们是哪里的",
        ]),
        (SmallTalkKind.Confusion, [
            "听不懂", "看不懂", "看不明白", "不明白", "没看懂", "没听懂", "没看明白", "不懂", "没懂", "搞不懂", "弄不懂", "啥意思", "什么意思", "乜意思", "咩意思",
            "说人话", "说的啥", "说啥呢", "你说啥", "你说的什么", "你在说什么", "太复杂了", "太复杂", "太长了", "太长", "看不清", "字太多", "不认识字", "我不识字",
            "认字少", "说简单点", "简单点说", "能说简单点吗", "说明白点", "听唔明", "睇唔明", "唔明", "唔明白", "唔识", "不会看", "没明白", "咋回事", "看不太懂",
            "还是不懂", "还是不明白", "没看懂你说的", "乜嘢意思", "咩嘢意思", "字太多了", "看不过来", "看不完", "说简单点", "简单点", "讲简单点",
            "说白了是啥", "说通俗点", "我没念过书", "没念过几年书", "没读过书", "我不识字", "文化低", "看晕了", "太绕了",
        ]),
        (SmallTalkKind.Thanks, [
            "谢谢你", "谢谢您", "谢谢啊", "谢谢了", "谢谢", "谢啦", "谢了", "多谢你", "多谢了", "多谢", "非常感谢", "太感谢了", "感谢你", "感谢您", "感谢",
            "唔该晒", "唔该", "多谢晒", "thankyou", "thanks", "thank", "thx", "辛苦你了", "辛苦了", "麻烦你了", "麻烦了", "好人一生平安", "你真好", "帮大忙了",
            "谢谢小助手", "谢谢机器人", "谢谢工会",
        ]),
        (SmallTalkKind.Goodbye, [
            "再见", "拜拜", "byebye", "bye", "886", "88", "晚安", "下次再聊", "回头再说", "回头再问", "先这样", "就这样吧", "就这样", "没事了", "没有了",
            "没别的了", "不用了", "我走了", "走了", "下线了", "先不问了", "不问了",
        ]),
        (SmallTalkKind.Greeting, [
            "你好", "您好", "你们好", "大家好", "哈喽", "哈罗", "hello", "hi", "hey", "嗨", "喂", "在吗", "在不在", "在么", "在不", "在嘛", "在没", "在没在",
            "有人吗", "有人在吗", "有没有人", "有人没", "有人不", "有人没有", "有人在不", "早上好", "早安", "上午好", "中午好", "下午好", "晚上好", "老师好",
            "同志好", "师傅好", "小助手", "助手", "机器人", "请问", "打扰了", "打扰一下", "麻烦问一下", "麻烦问下", "问一下", "问下", "咨询一下", "我想咨询一下",
            "我想咨询", "我想问一下", "我想问下", "我想问", "想问一下", "想问下", "我有个问题", "我想问个问题", "问个问题", "有个问题", "有个事", "有事想问",
            "能帮我吗", "可以帮我吗", "帮帮忙", "帮个忙", "早晨", "你好呀", "您好呀", "喂喂", "在线吗", "工会你好", "同志你好", "老师你好",
            "有冇人", "有无人", "有人没得", "有人回吗", "有人回不", "还有人回不", "还有人吗", "能听到不", "能听到吗", "听得到吗", "听得到不", "回我一声",
            "在的话", "在就回", "在的话回我", "这么晚", "这么晚了", "还在吗", "在不在线",
        ]),
        (SmallTalkKind.Acknowledgement, [
            "嗯嗯", "嗯", "恩恩", "恩", "哦哦", "哦", "噢", "喔", "好的好的", "好的", "好滴", "好嘞", "好吧", "好呀", "好", "ok", "okay", "收到", "知道了",
            "晓得了", "明白了", "明白", "懂了", "行吧", "行", "可以", "中", "要得", "好咧", "哈哈哈", "哈哈", "呵呵", "嘿嘿", "嘻嘻", "是的", "对的", "对啊",
            "是啊", "对", "嗯呐", "了解", "了解了", "得", "冇问题", "没问题", "ok了", "好的明白", "这样啊", "原来如此", "哦这样",
        ]),
    ];

    private static readonly (string Phrase, SmallTalkKind Kind)[] Phrases =
        [.. Table.SelectMany(t => t.Phrases.Select(p => (Phrase: TextNormalizer.Fold(p), t.Kind))).OrderByDescending(p => p.Phrase.Length)];

    /// <summary>The kind of small talk <paramref name="message"/> is, or null when it says or asks something more.</summary>
    public static SmallTalkKind? Detect(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var folded = TextNormalizer.Fold(message);
        if (folded.Length == 0)
        {
            // Only emoji or punctuation (👍, 🙏, ？？).
            return message.Trim().Length > 0 && !message.Contains('?') && !message.Contains('？') ? SmallTalkKind.Acknowledgement : SmallTalkKind.Confusion;
        }

        var (rest, first) = Strip(folded);
        if (first is { } kind && IsFiller(rest))
        {
            return kind;
        }

        if (folded.Length <= MaxFeelingLength && !LabourMatter().IsMatch(folded))
        {
            if (Insult().IsMatch(folded))
            {
                return SmallTalkKind.Insult;
            }

            if (Feeling().IsMatch(folded))
            {
                return SmallTalkKind.Venting;
            }
        }

        return null;
    }

    /// <summary>True when the message voices feelings or anger (used when nothing in the knowledge base fits it).</summary>
    public static SmallTalkKind? DetectFeeling(string? message)
    {
        var folded = TextNormalizer.Fold(message);
        return folded.Length == 0 || folded.Length > 2 * MaxFeelingLength ? null
            : Insult().IsMatch(folded) ? SmallTalkKind.Insult
            : Feeling().IsMatch(folded) ? SmallTalkKind.Venting
            : null;
    }

    /// <summary>
    /// The message without the courtesies around it ("你好，请问包工头跑了怎么办，谢谢" → "包工头跑了怎么办"), folded; the
    /// folded message itself when nothing is left.
    /// </summary>
    public static string StripCourtesies(string? message)
    {
        var folded = TextNormalizer.Fold(message);
        var (rest, _) = Strip(folded, onlyEdges: true);
        return IsFiller(rest) ? folded : rest;
    }

    private static (string Remainder, SmallTalkKind? First) Strip(string folded, bool onlyEdges = false)
    {
        var text = folded;
        SmallTalkKind? first = null;
        var firstAt = int.MaxValue;
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            foreach (var (phrase, kind) in Phrases)
            {
                var at = onlyEdges
                    ? (text.StartsWith(phrase, StringComparison.Ordinal) ? 0 : text.EndsWith(phrase, StringComparison.Ordinal) ? text.Length - phrase.Length : -1)
                    : text.IndexOf(phrase, StringComparison.Ordinal);
                if (at < 0 || (onlyEdges && phrase.Length < 2))
                {
                    continue;
                }

                // The kind of the earliest phrase in the message ("谢谢，再见" is thanks).
                var originalAt = folded.IndexOf(phrase, StringComparison.Ordinal);
                if (originalAt >= 0 && originalAt < firstAt)
                {
                    firstAt = originalAt;
                    first = kind;
                }

                text = string.Concat(text.AsSpan(0, at), text.AsSpan(at + phrase.Length));
                text = TrimFillers(text, onlyEdges);
                changed = true;
                break;
            }
        }

        return (text, first);
    }

    private static string TrimFillers(string text, bool onlyEdges)
    {
        if (!onlyEdges)
        {
            return text;
        }

        var start = 0;
        while (start < text.Length && Fillers.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && Fillers.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsFiller(string rest)
    {
        foreach (var c in rest)
        {
            if (!Fillers.Contains(c, StringComparison.Ordinal) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    // Words that make a message about work, pay or rights: then it is a question for the knowledge base, however it is said.
    [GeneratedRegex(
        "工资|工钱|人工|薪|欠|拖|老板|老细|老板儿|包工头|工头|班组长|厂|工地|公司|单位|合同|和同|仲裁|仲栽|工伤|公伤|社保|社宝|保险|加班|辞|开除|炒|投诉|监察|劳动|赔|补偿|" +
        "法院|起诉|律师|法律|援助|押金|身份证|上班|干活|钱|结账|结算|出粮|扣|罚|病假|产假|怀孕|受伤|伤|派遣|外包|骑手|站点|平台|保姆|家政|帮扶|慰问|回家|返乡|车票|12351|12333|12348|工会",
        RegexOptions.CultureInvariant)]
    private static partial Regex LabourMatter();

    [GeneratedRegex(
        "傻|笨|蠢|垃圾|废物|没用|冇用|没屁用|骗子|骗人|智障|白痴|弱智|脑残|破机器|破玩意|什么玩意|啥玩意|滚|sb|傻逼|操|妈的|他妈|狗屁|放屁|扯淡|瞎说|胡说|糊弄|忽悠|" +
        "坑人|有病|神经病|鸡肋|不靠谱|屁用|去死|扑街|仆街|冚家|丢你|顶你|龟儿|瓜娃子|锤子|日你|草泥马|cnm|nmsl|你个",
        RegexOptions.CultureInvariant)]
    private static partial Regex Insult();

    [GeneratedRegex(
        "太难|好难|难啊|难呐|命苦|苦命|好累|心累|太累|真累|烦|倒霉|委屈|想哭|哭了|受够|没天理|冇天理|世道|欺负人|没人管|太黑|这社会|社会太|没办法|唉|哎|" +
        "不公平|凭什么|心寒|寒心|绝望|无奈|无语|郁闷|难受|心酸|辛酸|可怜|穷|没盼头|看不到头|熬|憋屈|窝囊|气人|生气|火大|恼火|好惨|太惨|惨|" +
        "人情味|冷冰冰|不近人情|靠不住|没良心|黑心|气死|激死|攰|是个头",
        RegexOptions.CultureInvariant)]
    private static partial Regex Feeling();
}
