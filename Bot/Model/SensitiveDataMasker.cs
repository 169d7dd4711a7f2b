using System.Text.RegularExpressions;

namespace RightsBot.Model;

/// <summary>Removes what must never reach the model: phone, ID and bank-card numbers, and names a worker gives.</summary>
public static partial class SensitiveDataMasker
{
    public static string Mask(string text)
    {
        var masked = LongDigits().Replace(text, "［号码］");
        masked = SelfName().Replace(masked, m => m.Groups[1].Value + "［姓名］");
        masked = Honorific().Replace(masked, "［姓名］$2");
        return masked;
    }

    // Phone (11), ID (18 incl. X), bank cards (16–19) and any other long digit run, with spaces or dashes inside.
    [GeneratedRegex(@"[0-9０-９](?:[\s\-]?[0-9０-９]){5,}[xX]?", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"(我叫|我是|名字是|姓名是?|叫做)([\p{IsCJKUnifiedIdeographs}]{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex SelfName();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])([\p{IsCJKUnifiedIdeographs}]{1,2})(师傅|老板|大姐|大哥|阿姨|经理|工头)", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();
}
