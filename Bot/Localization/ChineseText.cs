using System.Globalization;
using System.Text;

namespace RightsBot.Localization;

/// <summary>
/// Folds a worker's message into a comparable form: full-width to half-width, ASCII lower case, no spaces, punctuation,
/// emoji or control characters. Used wherever the bot compares what was typed (buttons, commands, field checks).
/// </summary>
public static class ChineseText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value == 0x3000)
            {
                continue;
            }

            if (value is >= 0xFF01 and <= 0xFF5E)
            {
                value -= 0xFEE0;
            }

            var folded = new Rune(value);
            var category = Rune.GetUnicodeCategory(folded);
            if (Rune.IsLetterOrDigit(folded))
            {
                builder.Append(folded.IsAscii ? char.ToLowerInvariant((char)folded.Value) : folded.ToString());
            }
            else if (category is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber)
            {
                builder.Append(folded.ToString());
            }
        }

        return builder.ToString();
    }
}
