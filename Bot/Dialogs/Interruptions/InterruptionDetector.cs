using RightsBot.Localization;

namespace RightsBot.Dialogs.Interruptions;

/// <summary>
/// Recognises interruptions. Only short messages count ("我要转人工" does, "老板取消了我的加班" does not), so a
/// worker's story is never mistaken for a command.
/// </summary>
public static class InterruptionDetector
{
    private const int MaxCommandLength = 8;

    private static readonly (Interruption Kind, string[] Words)[] Table =
    [
        (Interruption.Person, ["转人工", "人工", "人工服务", "真人", "客服", "找人", "找工作人员", "工作人员", "找工会工作人员", "找工会", "我要找人"]),
        (Interruption.Restart, ["重新开始", "从头开始", "重来", "重新来", "从头来"]),
        (Interruption.Cancel, ["取消", "退出", "不填了", "不弄了", "不办了", "算了不填了", "返回", "回主菜单", "主菜单", "菜单"]),
        (Interruption.Help, ["帮助", "help", "怎么用", "咋用", "不会用", "有什么功能"]),
    ];

    public static Interruption? Detect(string? text)
    {
        var said = ChineseText.Normalize(text);
        if (said.Length == 0 || said.Length > MaxCommandLength)
        {
            return null;
        }

        foreach (var (kind, words) in Table)
        {
            foreach (var word in words)
            {
                var normalized = ChineseText.Normalize(word);
                if (string.Equals(said, normalized, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
        }

        foreach (var (kind, words) in Table)
        {
            foreach (var word in words)
            {
                var normalized = ChineseText.Normalize(word);
                if (normalized.Length >= 2 && said.Contains(normalized, StringComparison.Ordinal) && !IsNegated(said, normalized)
                    && !(kind == Interruption.Person && AsksWhoAnswers(said, normalized)))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    // "是真人吗" / "你是人工还是电脑" ask who is answering; they are not a request for a person.
    private static bool AsksWhoAnswers(string said, string word)
    {
        var at = said.IndexOf(word, StringComparison.Ordinal);
        var before = said[..at];
        var after = said[(at + word.Length)..];
        return before.EndsWith('是') || before.EndsWith('系') || after.StartsWith('吗') || after.StartsWith('嘛') || after.StartsWith('么')
            || after.StartsWith("还是", StringComparison.Ordinal);
    }

    // "不要人工" / "不用取消" mean the opposite.
    private static bool IsNegated(string said, string word)
    {
        var at = said.IndexOf(word, StringComparison.Ordinal);
        var before = said[..at];
        return before.EndsWith('不') || before.EndsWith('没') || before.EndsWith('别') || before.EndsWith("不要", StringComparison.Ordinal)
            || before.EndsWith("不用", StringComparison.Ordinal) || before.EndsWith("没有", StringComparison.Ordinal);
    }
}
