using System.Globalization;
using System.Text;

namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>
/// Shared text clean-up for the recognizers: folds full-width forms (what a Chinese IME types in full-width mode)
/// to their half-width ASCII forms and tells which characters carry no meaning around an answer.
/// </summary>
internal static class TextFolding
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

    /// <summary>Folds every full-width ASCII character of <paramref name="text"/> to ASCII; never throws.</summary>
    internal static string ToHalfWidth(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var index = 0;
        while (index < text.Length && ToHalfWidth(text[index]) == text[index])
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, index);
        for (; index < text.Length; index++)
        {
            builder.Append(ToHalfWidth(text[index]));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether the Unicode scalar carries no meaning around a word: white space, punctuation, symbols (emoji among
    /// them), format and control characters, combining marks (variation selectors, keycaps) and unpaired surrogates.
    /// </summary>
    internal static bool IsIgnorable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation => true,
        UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation => true,
        UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol => true,
        UnicodeCategory.OtherSymbol or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };
}
