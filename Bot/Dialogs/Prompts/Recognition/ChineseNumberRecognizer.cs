using System.Globalization;
using System.Text;

namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>
/// Reads one number out of a worker's colloquial Chinese answer: Arabic and Chinese numerals and mixtures of them
/// (三千五 → 3500, 3.5万 → 35000, 1万2 → 12000, 一百零五 → 105, 5k → 5000, 1.2w → 12000), financial numerals
/// (壹贰叁), full-width digits, thousands separators and the words around the number (大概八千块钱 → 8000).
/// </summary>
/// <remarks>
/// Decisions on ambiguous answers:
/// <list type="bullet">
/// <item>Two different numbers that are not a range ("3个人欠5000") give no number; the same number said twice does.
/// 一 before a period next to another number means "per" and is not counted ("一个月三千" → 3000).</item>
/// <item>A range ("五六千", "5000到6000", "5-6千") gives its lower bound, so a claim is never overstated;
/// <see cref="AmountRecognizer"/> gives both bounds.</item>
/// <item>多/来/左右 after a number are ignored (一万多 → 10000); 几 next to a number is too vague (十几 → nothing).</item>
/// <item>A minus sign or 负 before the number gives nothing: no negative numbers.</item>
/// <item>Words that merely contain a numeral (一共, 一直, 一起, 万一, 十分, 一点 not followed by a digit) are not numbers.</item>
/// <item>A single digit after a unit is shorthand for the next lower unit (三千五 → 3500, 1万2 → 12000), unless
/// 零 comes first (一千零五 → 1005).</item>
/// <item>N块M is N.M yuan (3块5 → 3.5).</item>
/// </list>
/// </remarks>
public static class ChineseNumberRecognizer
{
    private const int MaxLiteralLength = 28;
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    /// <summary>Words containing a numeral that are not numbers; the flag says whether a digit may follow the word.</summary>
    private static readonly (string Word, bool DigitMayFollow)[] NonNumberWords =
    [
        ("一共", true), ("一直", true), ("一下", true), ("一起", true), ("一样", true), ("一般", true), ("一定", true),
        ("一些", true), ("一切", true), ("一会", true), ("一边", true), ("一旦", true), ("一致", true), ("一次性", true),
        ("一口气", true), ("一块儿", true), ("一部分", true), ("一半", true), ("万一", true), ("统一", true),
        ("唯一", true), ("十分", true), ("一点", false),
    ];

    private static readonly string[] Periods = ["个月", "月", "天", "日", "年", "个小时", "小时", "周", "个星期", "星期", "礼拜"];

    private static readonly string[] RangeConnectors = ["-", "--", "~", "~~", "—", "——", "–", "−", "〜", "到", "至"];

    /// <summary>
    /// Recognizes the one number in <paramref name="text"/>. For a range the lower bound is returned.
    /// Never throws.
    /// </summary>
    /// <param name="text">What the worker typed.</param>
    /// <param name="value">The number, when recognized; otherwise 0.</param>
    /// <returns>Whether exactly one non-negative number (or one range) was found.</returns>
    public static bool TryRecognize(string text, out decimal value)
    {
        if (TryRecognizeRange(text, out var low, out _))
        {
            value = low;
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>
    /// Recognizes one number or one range in <paramref name="text"/>; for a single number both bounds are equal.
    /// Never throws.
    /// </summary>
    internal static bool TryRecognizeRange(string? text, out decimal low, out decimal high)
    {
        low = 0m;
        high = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = MaskNonNumberWords(TextFolding.ToHalfWidth(text));
        var tokens = new List<Token>();
        if (!TryScan(s, tokens) || tokens.Count == 0)
        {
            return false;
        }

        // "一个月三千", "一天两百": 一 before a period means "per", not a second number.
        if (tokens.Count > 1 && tokens.Exists(token => !IsPerPeriod(s, token)))
        {
            tokens.RemoveAll(token => IsPerPeriod(s, token));
        }

        foreach (var token in tokens)
        {
            if ((token.Start > 0 && s[token.Start - 1] == '几') || (token.End < s.Length && s[token.End] == '几'))
            {
                return false;
            }
        }

        if (IsNegative(s, tokens[0].Start))
        {
            return false;
        }

        if (tokens.Count == 2 && IsRangeConnector(s, tokens[0].End, tokens[1].Start))
        {
            var first = tokens[0];
            var second = tokens[1];
            var firstLow = first.Low;
            var firstHigh = first.High;

            // "5到6千", "3-4万": the bare first number shares the second number's unit.
            if (first.IsPlain && second.LeadingScale > 0m && first.Low * second.LeadingScale <= second.High)
            {
                firstLow = first.Low * second.LeadingScale;
                firstHigh = firstLow;
            }

            low = Normalize(Math.Min(firstLow, second.Low));
            high = Normalize(Math.Max(firstHigh, second.High));
            return true;
        }

        for (var index = 1; index < tokens.Count; index++)
        {
            if (tokens[index].Low != tokens[0].Low || tokens[index].High != tokens[0].High)
            {
                return false;
            }
        }

        low = Normalize(tokens[0].Low);
        high = Normalize(tokens[0].High);
        return true;
    }

    /// <summary>Whether <paramref name="c"/> is a Chinese numeral character (digit or unit 十百千万亿, any form).</summary>
    internal static bool IsChineseNumeral(char c) => c is not (>= '0' and <= '9') && (DigitValue(c) >= 0 || ChineseUnit(c) > 0m);

    /// <summary>The value of a digit character (Arabic, Chinese or financial), or -1.</summary>
    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '零' or '〇' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '两' or '贰' or '貳' or '兩' or '俩' or '倆' => 2,
        '三' or '叁' or '仨' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static decimal ChineseUnit(char c) => c switch
    {
        '十' or '拾' => 10m,
        '百' or '佰' => 100m,
        '千' or '仟' => 1_000m,
        '万' or '萬' => Wan,
        '亿' or '億' => Yi,
        _ => 0m,
    };

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static string MaskNonNumberWords(string s)
    {
        char[]? masked = null;
        foreach (var (word, digitMayFollow) in NonNumberWords)
        {
            var at = s.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var after = at + word.Length;
                var precededByNumeral = at > 0 && (DigitValue(s[at - 1]) >= 0 || ChineseUnit(s[at - 1]) > 0m);
                var followedByDigit = after < s.Length && DigitValue(s[after]) >= 0;
                if (!precededByNumeral && (digitMayFollow || !followedByDigit))
                {
                    masked ??= s.ToCharArray();
                    Array.Fill(masked, '_', at, word.Length);
                }

                at = after < s.Length ? s.IndexOf(word, after, StringComparison.Ordinal) : -1;
            }
        }

        return masked is null ? s : new string(masked);
    }

    private static bool TryScan(string s, List<Token> tokens)
    {
        var elements = new List<Element>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            if (DigitValue(s[i]) < 0 && s[i] is not ('十' or '拾'))
            {
                i++;
                continue;
            }

            var start = i;
            elements.Clear();
            literal.Clear();
            var hasPoint = false;
            while (i < s.Length)
            {
                var c = s[i];
                if (i > start && c == '一' && s[i - 1] is not ('十' or '拾') && IsFollowedByPeriod(s, i + 1)
                    && (elements.Count > 0 || (literal.Length > 0 && IsAsciiDigit(literal[^1]))))
                {
                    // "三千一个月": the 一 starts "per month", it is not part of the number.
                    break;
                }

                if (DigitValue(c) >= 0)
                {
                    literal.Append(c);
                    i++;
                    continue;
                }

                if (c is '.' or '点' && literal.Length > 0 && !hasPoint && i + 1 < s.Length && DigitValue(s[i + 1]) >= 0)
                {
                    literal.Append('.');
                    hasPoint = true;
                    i++;
                    continue;
                }

                if (c == ',' && !hasPoint && literal.Length > 0 && IsAsciiDigit(literal[^1]) && IsThousandsGroup(s, i + 1))
                {
                    i++;
                    continue;
                }

                var unit = UnitAt(s, i, literal.Length > 0);
                if (unit > 0m)
                {
                    Flush(elements, literal);
                    hasPoint = false;
                    elements.Add(new Element(unit, string.Empty));
                    i++;
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    var next = i;
                    while (next < s.Length && char.IsWhiteSpace(s[next]))
                    {
                        next++;
                    }

                    if (next < s.Length && JoinsAcrossSpace(s, i - 1, next, hasPoint))
                    {
                        i = next;
                        continue;
                    }
                }

                break;
            }

            Flush(elements, literal);
            var end = i;
            var jiao = 0m;

            // 3块5 (毛): yuan and a tenth.
            if (i + 1 < s.Length && s[i] == '块' && DigitValue(s[i + 1]) >= 0
                && (i + 2 == s.Length || (DigitValue(s[i + 2]) < 0 && ChineseUnit(s[i + 2]) == 0m && s[i + 2] is not ('.' or '点' or ',')))
                && elements.TrueForAll(e => e.IsUnit || !IsPair(e.Literal)))
            {
                jiao = DigitValue(s[i + 1]) / 10m;
                i += 2;
                end = i;
            }

            if (!TryEvaluate(elements, out var low, out var high))
            {
                return false;
            }

            var isPlain = jiao == 0m && elements.Count == 1 && !elements[0].IsUnit && low == high;
            var leadingScale = elements.Count >= 2 && !elements[0].IsUnit && elements[1].IsUnit ? elements[1].Unit : 0m;
            tokens.Add(new Token(start, end, low + jiao, high + jiao, isPlain, leadingScale));
        }

        return true;
    }

    private static void Flush(List<Element> elements, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            elements.Add(new Element(0m, literal.ToString()));
            literal.Clear();
        }
    }

    /// <summary>Three ASCII digits at <paramref name="at"/> and no fourth: a thousands group.</summary>
    private static bool IsThousandsGroup(string s, int at) =>
        at + 3 <= s.Length
        && IsAsciiDigit(s[at]) && IsAsciiDigit(s[at + 1]) && IsAsciiDigit(s[at + 2])
        && (at + 3 == s.Length || DigitValue(s[at + 3]) < 0);

    private static decimal UnitAt(string s, int i, bool afterLiteral)
    {
        var c = s[i];
        var unit = ChineseUnit(c);
        if (unit > 0m)
        {
            return unit;
        }

        if (c is 'k' or 'K' or 'w' or 'W' && afterLiteral && (i + 1 == s.Length || !char.IsAsciiLetter(s[i + 1])))
        {
            return c is 'k' or 'K' ? 1_000m : Wan;
        }

        return 0m;
    }

    /// <summary>Spaces inside a number: "一 万 五", "5 万", "8 000".</summary>
    private static bool JoinsAcrossSpace(string s, int previous, int next, bool hasPoint)
    {
        if (previous < 0)
        {
            return false;
        }

        var before = s[previous];
        var after = s[next];
        if (ChineseUnit(after) > 0m)
        {
            return true;
        }

        if (ChineseUnit(before) > 0m && DigitValue(after) >= 0)
        {
            return true;
        }

        return !hasPoint && IsAsciiDigit(before) && IsThousandsGroup(s, next);
    }

    private static bool IsNegative(string s, int start)
    {
        var at = start - 1;
        while (at >= 0 && char.IsWhiteSpace(s[at]))
        {
            at--;
        }

        return at >= 0 && s[at] is '-' or '−' or '–' or '负';
    }

    private static bool IsPerPeriod(string s, Token token) =>
        token.End - token.Start == 1 && s[token.Start] is '一' or '1' && IsFollowedByPeriod(s, token.End);

    private static bool IsFollowedByPeriod(string s, int at)
    {
        var rest = s.AsSpan(at);
        foreach (var period in Periods)
        {
            if (rest.StartsWith(period, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRangeConnector(string s, int from, int to)
    {
        var gap = new StringBuilder(to - from);
        for (var at = from; at < to; at++)
        {
            if (!char.IsWhiteSpace(s[at]) && s[at] is not ('块' or '元' or '钱'))
            {
                gap.Append(s[at]);
            }
        }

        var text = gap.ToString();
        return Array.IndexOf(RangeConnectors, text) >= 0;
    }

    private static bool IsPair(string literal) => TryGetPair(literal, out _, out _);

    /// <summary>五六, 两三, 三五, 七八: two adjacent Chinese digits meaning "this or that many".</summary>
    private static bool TryGetPair(string literal, out int first, out int second)
    {
        first = -1;
        second = -1;
        if (literal.Length != 2 || IsAsciiDigit(literal[0]) || IsAsciiDigit(literal[1]))
        {
            return false;
        }

        first = DigitValue(literal[0]);
        second = DigitValue(literal[1]);
        return first >= 1 && (second == first + 1 || (first == 3 && second == 5));
    }

    private static bool TryEvaluate(List<Element> elements, out decimal low, out decimal high)
    {
        low = 0m;
        high = 0m;
        var pairs = 0;
        foreach (var element in elements)
        {
            if (!element.IsUnit && IsPair(element.Literal))
            {
                pairs++;
            }
        }

        if (pairs > 1)
        {
            return false;
        }

        try
        {
            if (!TryEvaluate(elements, pickHigh: false, out low))
            {
                return false;
            }

            if (pairs == 0)
            {
                high = low;
                return true;
            }

            return TryEvaluate(elements, pickHigh: true, out high) && high >= low;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool TryEvaluate(List<Element> elements, bool pickHigh, out decimal value)
    {
        value = 0m;
        decimal result = 0m, section = 0m, small = 0m;
        var lastSmall = decimal.MaxValue;
        var lastUnit = 0m;
        var sectionHasWan = false;
        string? pending = null;
        var pendingFollowsUnit = false;
        var previousWasUnit = false;
        foreach (var element in elements)
        {
            if (!element.IsUnit)
            {
                pending = element.Literal;
                pendingFollowsUnit = previousWasUnit;
                previousWasUnit = false;
                continue;
            }

            decimal? pendingValue = null;
            if (pending is not null)
            {
                if (!TryLiteralValue(pending, pickHigh, out var literalValue))
                {
                    return false;
                }

                pendingValue = literalValue;
            }

            var unit = element.Unit;
            if (unit < Wan)
            {
                if (unit >= lastSmall || (pendingValue is null && unit != 10m))
                {
                    return false;
                }

                small += (pendingValue ?? 1m) * unit;
                lastSmall = unit;
            }
            else if (unit == Wan)
            {
                var multiplier = small + (pendingValue ?? 0m);
                if (sectionHasWan || multiplier == 0m)
                {
                    return false;
                }

                section = multiplier * Wan;
                small = 0m;
                lastSmall = decimal.MaxValue;
                sectionHasWan = true;
            }
            else
            {
                var multiplier = section + small + (pendingValue ?? 0m);
                if (multiplier == 0m)
                {
                    return false;
                }

                var add = multiplier * Yi;
                if (result != 0m && add >= result)
                {
                    return false;
                }

                result += add;
                section = 0m;
                small = 0m;
                lastSmall = decimal.MaxValue;
                sectionHasWan = false;
            }

            lastUnit = unit;
            pending = null;
            previousWasUnit = true;
        }

        var tail = 0m;
        if (pending is not null)
        {
            if (!TryLiteralValue(pending, pickHigh, out tail))
            {
                return false;
            }

            if (pendingFollowsUnit)
            {
                if (IsShorthandTail(pending))
                {
                    tail *= lastUnit / 10m;
                }
                else if (tail >= lastUnit)
                {
                    return false;
                }
            }
        }

        value = result + section + small + tail;
        return true;
    }

    /// <summary>三千<b>五</b>, 1万<b>2</b>, 一万<b>五六</b>: one digit (or a pair) that is not 零.</summary>
    private static bool IsShorthandTail(string literal) =>
        (literal.Length == 1 && DigitValue(literal[0]) > 0) || IsPair(literal);

    private static bool TryLiteralValue(string literal, bool pickHigh, out decimal value)
    {
        value = 0m;
        if (TryGetPair(literal, out var first, out var second))
        {
            value = pickHigh ? second : first;
            return true;
        }

        if (literal.Length > MaxLiteralLength)
        {
            return false;
        }

        Span<char> ascii = stackalloc char[literal.Length];
        for (var index = 0; index < literal.Length; index++)
        {
            var c = literal[index];
            ascii[index] = c == '.' ? '.' : (char)('0' + DigitValue(c));
        }

        return decimal.TryParse(ascii, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Drops trailing zeros after the decimal point (35000.0 → 35000).</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>One piece of a number: a unit (十百千万亿 k w) or a run of digits with at most one point.</summary>
    private readonly record struct Element(decimal Unit, string Literal)
    {
        public bool IsUnit => Unit != 0m;
    }

    /// <summary>One number found in the text, with where it stands.</summary>
    private readonly record struct Token(int Start, int End, decimal Low, decimal High, bool IsPlain, decimal LeadingScale);
}
