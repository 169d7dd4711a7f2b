using System.Text;

namespace RightsBot.Cases.Validation;

/// <summary>
/// Text clean-up shared by the case validators and the region catalogue: folds full-width forms (what a Chinese IME
/// types in full-width mode) to ASCII and keeps only the letters and digits of a free-text answer.
/// </summary>
internal static class CaseText
{
    private const char FullWidthFirst = '\uFF01'; // ！
    private const char FullWidthLast = '\uFF5E'; // ～
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>Folds one character: full-width ASCII (！ to ～) to ASCII, the ideographic space to a space.</summary>
    internal static char ToHalfWidth(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
        IdeographicSpace => ' ',
        _ => c,
    };

    /// <summary>
    /// Folds full-width forms to ASCII, lower-cases ASCII letters and drops everything that is not a letter or a digit
    /// (spaces, punctuation, emoji, control characters, unpaired surrogates). Never throws; null gives "".
    /// </summary>
    internal static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var c = ToHalfWidth(text[index]);
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                var rune = new Rune(c, text[index + 1]);
                if (Rune.IsLetterOrDigit(rune))
                {
                    builder.Append(c).Append(text[index + 1]);
                }

                index += 2;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }

            index++;
        }

        return builder.ToString();
    }
}
