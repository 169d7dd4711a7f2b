using System.Text;

namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>
/// Reads a yes or a no out of a worker's answer: 是、对、嗯、好的、行、可以、中、没问题、ok、1 are yes;
/// 否、不是、不、不要、不用、算了、没有、不对、不行、no、2 are no.
/// </summary>
/// <remarks>
/// Decisions on ambiguous answers:
/// <list type="bullet">
/// <item>Punctuation, white space, emoji and full-width forms around and between the words are ignored, and so are
/// sentence-final particles (啊、呀、吧、呢、哦、啦、嘛、了 …): "好的好的！" and "是啊～" are yes, "不是的" is no.</item>
/// <item>The answer must be made only of yes and no words (repeated as often as the worker likes): a yes word and a no
/// word together ("嗯不是", "好不好") or any other word ("我不知道", "不确定") give null.</item>
/// <item>A question ("是吗？", "嗯?") gives null: the worker is asking back, not answering.</item>
/// <item>👍 👌 ✅ ✔ √ count as yes; ❌ ✖ ✗ as no. 有 is yes and 没有/没 are no, for questions such as 有没有合同.</item>
/// </list>
/// </remarks>
public static class ConfirmRecognizer
{
    private const int MaxLength = 200;

    private static readonly string[] YesWords =
    [
        "是", "是的", "是滴", "对", "对的", "对头", "嗯", "恩", "嗯呐", "嗯哪", "好", "好的", "好滴", "好哒", "好嘞", "行", "成",
        "可以", "中", "没问题", "没错", "要", "要的", "需要", "确认", "确定", "同意", "当然", "正确", "有", "有的",
        "ok", "okay", "okey", "k", "yes", "yep", "yeah", "yup", "sure", "y", "en", "hao", "shi", "dui", "1",
        "👍", "👌", "✅", "✔", "✓", "√", "🆗",
    ];

    private static readonly string[] NoWords =
    [
        "否", "不", "不是", "不是的", "不要", "不用", "算了", "没有", "没", "无", "不对", "不行", "不同意", "不需要", "不可以",
        "不好", "不想", "不愿意", "不确认", "不必", "没必要", "不必要", "别", "错", "不成", "不中", "no", "nope", "nah", "n", "bu", "2",
        "❌", "✖", "✗", "🙅",
    ];

    /// <summary>Sentence-final particles and fillers that neither confirm nor deny.</summary>
    private const string Particles = "啊呀吧呢哦噢喔哈啦嘛咯嘞了哇呗嗷的";

    private static readonly (string Word, bool Yes)[] Words = BuildWords();

    /// <summary>Recognizes a yes or a no in <paramref name="text"/>. Never throws.</summary>
    /// <param name="text">What the worker typed.</param>
    /// <returns>true for yes, false for no, null when the answer is neither or unclear.</returns>
    public static bool? Recognize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = TextFolding.ToHalfWidth(text).Trim().ToLowerInvariant();
        if (s.Length > MaxLength)
        {
            return null;
        }

        if (s.Contains('?') || s.Contains('吗') || s.Contains('么'))
        {
            return null;
        }

        var yes = false;
        var no = false;
        var index = 0;
        while (index < s.Length)
        {
            if (char.IsAsciiLetter(s[index]))
            {
                var end = index;
                while (end < s.Length && char.IsAsciiLetter(s[end]))
                {
                    end++;
                }

                if (LatinWord(s[index..end]) is not { } latinYes)
                {
                    return null;
                }

                yes |= latinYes;
                no |= !latinYes;
                index = end;
                continue;
            }

            if (MatchWord(s, index) is { } word)
            {
                yes |= word.Yes;
                no |= !word.Yes;
                index += word.Word.Length;
                continue;
            }

            if (Particles.Contains(s[index], StringComparison.Ordinal))
            {
                index++;
                continue;
            }

            if (Rune.DecodeFromUtf16(s.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                // An unpaired surrogate: meaningless.
                index++;
                continue;
            }

            if (!TextFolding.IsIgnorable(rune))
            {
                return null;
            }

            index += consumed;
        }

        return yes == no ? null : yes;
    }

    private static (string Word, bool Yes)[] BuildWords()
    {
        var words = new List<(string Word, bool Yes)>();
        words.AddRange(YesWords.Select(word => (word, true)));
        words.AddRange(NoWords.Select(word => (word, false)));

        // Longest first, so 不是 is read before 不 and 没问题 before 没.
        return [.. words.OrderByDescending(entry => entry.Word.Length)];
    }

    /// <summary>A whole run of Latin letters: a yes or no word, or one repeated ("okok", "yesyes").</summary>
    private static bool? LatinWord(string run)
    {
        foreach (var (word, isYes) in Words)
        {
            if (!char.IsAsciiLetter(word[0]) || run.Length % word.Length != 0)
            {
                continue;
            }

            var repeated = true;
            for (var at = 0; at < run.Length && repeated; at += word.Length)
            {
                repeated = string.CompareOrdinal(run, at, word, 0, word.Length) == 0;
            }

            if (repeated)
            {
                return isYes;
            }
        }

        return null;
    }

    private static (string Word, bool Yes)? MatchWord(string s, int index)
    {
        var rest = s.AsSpan(index);
        foreach (var entry in Words)
        {
            if (!char.IsAsciiLetter(entry.Word[0]) && rest.StartsWith(entry.Word, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
