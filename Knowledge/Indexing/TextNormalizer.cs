using System.Text;

namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// Folds text the way workers type it into one comparable form: full-width to half-width, ASCII lower case,
/// punctuation, spaces and emoji dropped, and Chinese numerals before a unit turned into digits (三个月 → 3个月).
/// </summary>
public static class TextNormalizer
{
    /// <summary>The most characters looked at; longer text is cut (a worker's story is rarely longer).</summary>
    public const int MaxLength = 4000;

    private const string NumeralChars = "零〇一二两三四五六七八九十百千万";
    private const string UnitChars = "个月天日年号岁倍元块人次万千百小周";

    /// <summary>Folds <paramref name="text"/>; never throws.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            var value = rune.Value;
            if (value is >= 0xFF01 and <= 0xFF5E)
            {
                value -= 0xFEE0;
            }

            var folded = new Rune(value);
            if (Rune.IsLetterOrDigit(folded))
            {
                builder.Append(folded.IsAscii ? char.ToLowerInvariant((char)folded.Value) : folded.ToString());
            }
            else if (Rune.IsWhiteSpace(folded) && builder.Length > 0 && builder[^1] != ' ' && IsAsciiAlnum(builder[^1]))
            {
                // Keep one space between ASCII words only.
                builder.Append(' ');
            }
        }

        return FoldNumerals(builder.ToString().Trim());
    }

    private static bool IsAsciiAlnum(char c) => c < 128 && char.IsLetterOrDigit(c);

    /// <summary>三个月 → 3个月, 两千块 → 2000块, 十五天 → 15天; numerals not followed by a unit are left alone (一裁终局).</summary>
    private static string FoldNumerals(string text)
    {
        if (text.IndexOfAny(NumeralChars.ToCharArray()) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (NumeralChars.Contains(text[i], StringComparison.Ordinal))
            {
                var end = i;
                while (end < text.Length && NumeralChars.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }

                var run = text[i..end];
                var followedByUnit = end < text.Length && UnitChars.Contains(text[end], StringComparison.Ordinal);
                if (followedByUnit && TryParseChinese(run, out var value) && !(run.Length == 1 && run[0] is '万' or '千' or '百'))
                {
                    builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(run);
                }

                i = end;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool TryParseChinese(string run, out long value)
    {
        value = 0;
        long section = 0;
        long digit = -1;
        foreach (var c in run)
        {
            var d = "零〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '两')
            {
                d = 2;
            }
            else if (d >= 2)
            {
                d -= 1;
            }
            else if (d == 1)
            {
                d = 0;
            }

            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            if (unit == 10000)
            {
                section += digit < 0 ? 0 : digit;
                value += (section == 0 ? 1 : section) * 10000;
                section = 0;
            }
            else
            {
                section += (digit < 0 ? 1 : digit) * unit;
            }

            digit = -1;
        }

        value += section + (digit < 0 ? 0 : digit);
        return value > 0;
    }
}
