using System.Text;
using System.Text.RegularExpressions;
using RightsBot.Dialogs.Prompts.Recognition;

namespace RightsBot.Model;

/// <summary>
/// The one place that finds a worker's personal details in free text. <see cref="Mask"/> removes what must never reach
/// the model (phone, ID and bank-card numbers, and names); <see cref="MaskForTranscript"/> masks what must not be kept or
/// shown in clear (phone, ID and bank-card numbers, whether or not they were valid answers, and a name the worker gives),
/// the same way the forms mask a valid answer: "138****5678".
/// </summary>
public static partial class SensitiveDataMasker
{
    /// <summary>Digit runs at least this long are masked in the transcript: mobile numbers (11), ID numbers (15, 18), bank cards (16–19).</summary>
    private const int MinTranscriptDigits = 11;

    // Words that end like an honorific but are not a name: 包工头 is "包" + 工头, 大老板 is "大" + 老板.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "包", "大", "小", "老", "二", "总", "的", "我", "你", "他", "她", "我们", "你们", "他们", "她们", "咱们",
        "这", "那", "这个", "那个", "这位", "那位", "我的", "他的", "她的", "找", "跟", "和", "给", "被", "让", "问", "说", "是",
        "工地", "厂里", "公司", "项目", "包工", "班组", "带班", "现场", "副", "部门", "项目部", "私人", "黑心",
    };

    /// <summary>For the model: numbers become ［号码］ and names ［姓名］.</summary>
    public static string Mask(string text)
    {
        var masked = DigitRuns().Replace(text, "［号码］");
        masked = SelfName().Replace(masked, m => m.Groups[1].Value + "［姓名］");
        masked = Honorific().Replace(masked, m => NotNames.Contains(m.Groups[1].Value) ? m.Value : "［姓名］" + m.Groups[2].Value);
        return masked;
    }

    /// <summary>
    /// For what is stored and shown to staff: every run of 11 or more digits keeps its first 3 and last 4 characters
    /// ("138****5678", "110***********123X"), and a name after 我叫/名字是 keeps its first character.
    /// </summary>
    public static string MaskForTranscript(string text)
    {
        var masked = DigitRuns().Replace(text, m =>
        {
            var digits = Digits(m.Value);
            return digits.Length < MinTranscriptDigits ? m.Value : MaskKeepingEnds(digits);
        });
        return GivenName().Replace(masked, m => m.Groups[1].Value + MaskName(m.Groups[2].Value));
    }

    /// <summary>A name as the forms show it: the first character and stars ("张*").</summary>
    public static string MaskName(string name) =>
        name.Length == 0 ? name : name[0] + new string('*', Math.Max(1, Math.Min(name.Length - 1, 3)));

    /// <summary>The first 3 and last 4 characters stay; anything shorter than 8 is masked whole.</summary>
    public static string MaskKeepingEnds(string normalized)
    {
        if (string.IsNullOrEmpty(normalized))
        {
            return string.Empty;
        }

        if (normalized.Length < 8)
        {
            return new string('*', normalized.Length);
        }

        return string.Concat(normalized.AsSpan(0, 3), new string('*', normalized.Length - 7), normalized.AsSpan(normalized.Length - 4));
    }

    private static string Digits(string run)
    {
        var digits = new StringBuilder(run.Length);
        foreach (var c in run)
        {
            var half = TextFolding.ToHalfWidth(c);
            if (half is >= '0' and <= '9' or 'x' or 'X')
            {
                digits.Append(char.ToUpperInvariant(half));
            }
        }

        return digits.ToString();
    }

    /// <summary>
    /// Phone (11), ID (18 incl. X), bank cards (16–19) and any other run of 6 or more digits, with spaces or dashes
    /// inside, half- or full-width.
    /// </summary>
    [GeneratedRegex(@"[0-9０-９](?:[\s\-]?[0-9０-９]){5,}[xXｘＸ]?", RegexOptions.CultureInvariant)]
    internal static partial Regex DigitRuns();

    [GeneratedRegex(@"(我叫|我是|名字是|名字叫|姓名是?|叫做)([\p{IsCJKUnifiedIdeographs}]{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex SelfName();

    // Stricter than SelfName: 我是 is left out, since 我是工人 and 我是包工头的 are far more common than 我是张三.
    [GeneratedRegex(@"(我叫|我的名字是|名字是|名字叫|姓名是?|叫做)([\p{IsCJKUnifiedIdeographs}]{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex GivenName();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])([\p{IsCJKUnifiedIdeographs}]{1,2})(师傅|老板|大姐|大哥|阿姨|经理|工头)", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();
}
