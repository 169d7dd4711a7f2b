using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>
/// Reads a date, month or year out of a worker's answer, relative to a given day: "2025年3月15日", "2025-03-15",
/// "2025/3/15", "2025.3", "3月15号", "三月十五", "去年十月", "今年3月", "上个月", "这个月", "上上个月", "前天",
/// "三个月前", "半年前", "去年", "2024年", "年初", "去年年底".
/// </summary>
/// <remarks>
/// Decisions on ambiguous answers:
/// <list type="bullet">
/// <item>A month or day without a year ("3月15号", "三月") is this year's, or last year's if this year's is still to come.
/// A day without a month ("15号") is this month's, or last month's if it is still to come.</item>
/// <item>"N个月前", "半年前", "N年前" have <see cref="DatePrecision.Month"/> precision (first of that month);
/// "N天前", "N周前" have <see cref="DatePrecision.Day"/>.</item>
/// <item>年初 is January, 年中 June, 年底/年末 December, all with <see cref="DatePrecision.Month"/>.</item>
/// <item>A date that does not exist (2月30日, 13月) makes the whole answer unrecognized, as do two different dates
/// ("去年十月到今年三月") and vague ones (春节前, 几个月前, 五六月).</item>
/// <item>Years are read from 1900 to 2100; a two-digit year is this century's unless that is still to come.</item>
/// </list>
/// </remarks>
public static partial class ChineseDateRecognizer
{
    private const int FirstYear = 1900;
    private const int LastYear = 2100;
    private const string DayMark = "(?:日|号|號)";

    private delegate Outcome Reader(Match match, DateOnly today, out RecognizedDate? date);

    private enum Outcome
    {
        /// <summary>The text only looked like a date (a year out of range): ignore it.</summary>
        NotADate,

        /// <summary>A date that does not exist: the whole answer is unrecognized.</summary>
        Invalid,

        /// <summary>A date.</summary>
        Date,
    }

    /// <summary>The patterns, most specific first; a later one never reads text an earlier one took.</summary>
    private static readonly (Regex Pattern, Reader Read)[] Rules =
    [
        (NumericDayPattern(), ReadNumericDay),
        (YearMonthDayPattern(), ReadYearMonthDay),
        (NumericMonthPattern(), ReadNumericMonth),
        (NamedYearMonthPattern(), ReadNamedYearMonth),
        (NamedYearPartPattern(), ReadNamedYearPart),
        (MonthDayPattern(), ReadMonthDay),
        (AgoPattern(), ReadAgo),
        (NamedMonthPattern(), ReadNamedMonth),
        (YearPattern(), ReadYear),
        (NamedDayPattern(), ReadNamedDay),
        (NamedYearPattern(), ReadNamedYear),
        (YearPartPattern(), ReadYearPart),
        (DayOnlyPattern(), ReadDayOnly),
    ];

    /// <summary>
    /// Recognizes one date, month or year in <paramref name="text"/>, relative to <paramref name="today"/>.
    /// Never throws.
    /// </summary>
    /// <param name="text">What the worker typed.</param>
    /// <param name="today">Today's date where the worker is (China), for relative answers such as 上个月.</param>
    /// <param name="date">The date and its precision, when recognized; otherwise null.</param>
    /// <returns>Whether exactly one valid date was found.</returns>
    public static bool TryRecognize(string text, DateOnly today, [MaybeNullWhen(false)] out RecognizedDate date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = ChineseToArabic(TextFolding.ToHalfWidth(text));
        var taken = new bool[s.Length];
        RecognizedDate? found = null;
        foreach (var (pattern, read) in Rules)
        {
            for (var match = pattern.Match(s); match.Success; match = match.NextMatch())
            {
                if (IsTaken(taken, match))
                {
                    continue;
                }

                switch (read(match, today, out var recognized))
                {
                    case Outcome.NotADate:
                        continue;
                    case Outcome.Invalid:
                        return false;
                }

                Array.Fill(taken, true, match.Index, match.Length);
                if (found is null)
                {
                    found = recognized;
                }
                else if (found != recognized)
                {
                    return false;
                }
            }
        }

        if (found is null && BareYearPattern().Match(s) is { Success: true } bare
            && ReadYear(bare, today, out var year) == Outcome.Date)
        {
            found = year;
        }

        date = found;
        return date is not null;
    }

    /// <summary>2025-03-15, 2025/3/15, 2025.3.15.</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]{4})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayPattern();

    /// <summary>2025年3月, 2025年3月15日, 24年3月15号.</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]{4}|[0-9]{2})\s*年\s*([0-9]{1,2})\s*月份?\s*(?:([0-9]{1,2})(?![0-9])\s*" + DayMark + "?)?", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDayPattern();

    /// <summary>2025.3, 2025-03, 2025/3.</summary>
    [GeneratedRegex(@"(?<![0-9.])([0-9]{4})\s*[-/.]\s*([0-9]{1,2})(?![0-9]|\.[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonthPattern();

    /// <summary>去年10月, 今年3月15号, 前年5月.</summary>
    [GeneratedRegex(@"(大前年|前年|去年|今年|明年)\s*的?\s*([0-9]{1,2})\s*月份?\s*(?:([0-9]{1,2})(?![0-9])\s*" + DayMark + "?)?", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYearMonthPattern();

    /// <summary>去年年底, 去年底, 今年年初.</summary>
    [GeneratedRegex(@"(大前年|前年|去年|今年|明年)\s*的?\s*(年初|年底|年末|年中|初|底|末)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYearPartPattern();

    /// <summary>3月15号, 3月15日, 3月15, 3月, 10月份.</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]{1,2})\s*月份?\s*(?:([0-9]{1,2})(?![0-9])\s*" + DayMark + "?)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayPattern();

    /// <summary>3个月前, 半年前, 2年多以前, 1个半月前, 3天前, 两周前.</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]{1,6}|半)\s*个?\s*(多|半)?\s*个?\s*(月|年|天|日|星期|礼拜|周)\s*(多|半)?\s*(?:以前|之前|前)", RegexOptions.CultureInvariant)]
    private static partial Regex AgoPattern();

    /// <summary>上个月, 上上个月, 这个月, 本月, 下个月, 上个月15号.</summary>
    [GeneratedRegex(@"(上上个?月|上个?月|这个?月|本月|当月|下个?月)份?\s*(?:([0-9]{1,2})\s*" + DayMark + ")?", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonthPattern();

    /// <summary>2024年, 24年, 2024年底.</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]{4}|[0-9]{2})\s*年(?!\s*(?:多|半|了|以前|之前|前|后|以后|左右|间))\s*(年?\s*(?:初|底|末)|年中)?", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    /// <summary>今天, 昨天, 前天, 大前天.</summary>
    [GeneratedRegex(@"大前天|大后天|前天|昨天|今天|明天|后天|前日|昨日|今日|昨儿|今儿", RegexOptions.CultureInvariant)]
    private static partial Regex NamedDayPattern();

    /// <summary>去年, 前年, 今年.</summary>
    [GeneratedRegex(@"大前年|前年|去年|今年|明年", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYearPattern();

    /// <summary>年初, 年底 of this year.</summary>
    [GeneratedRegex(@"年初|年底|年末|年中", RegexOptions.CultureInvariant)]
    private static partial Regex YearPartPattern();

    /// <summary>15号.</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]{1,2})\s*" + DayMark, RegexOptions.CultureInvariant)]
    private static partial Regex DayOnlyPattern();

    /// <summary>A bare four-digit year and nothing else: 2024.</summary>
    [GeneratedRegex(@"^\s*([0-9]{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYearPattern();

    private static bool IsTaken(bool[] taken, Match match)
    {
        for (var index = match.Index; index < match.Index + match.Length; index++)
        {
            if (taken[index])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes Chinese numerals as Arabic digits: 二〇二五年三月十五 → 2025年3月15.</summary>
    private static string ChineseToArabic(string s)
    {
        StringBuilder? builder = null;
        var copied = 0;
        var index = 0;
        while (index < s.Length)
        {
            if (!IsDateNumeral(s[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < s.Length && IsDateNumeral(s[index]))
            {
                index++;
            }

            var run = s[start..index];
            if (ChineseNumberRecognizer.TryRecognizeRange(run, out var low, out var high)
                && low == high && low == decimal.Truncate(low) && low <= 99_999m)
            {
                builder ??= new StringBuilder(s.Length);
                builder.Append(s, copied, start - copied);
                builder.Append(((int)low).ToString(CultureInfo.InvariantCulture));
                copied = index;
            }
        }

        if (builder is null)
        {
            return s;
        }

        builder.Append(s, copied, s.Length - copied);
        return builder.ToString();
    }

    private static bool IsDateNumeral(char c) =>
        ChineseNumberRecognizer.IsChineseNumeral(c) && c is not ('万' or '萬' or '亿' or '億');

    private static int Number(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>A four-digit year as given; a two-digit one in this century unless that is still to come.</summary>
    private static int Year(Group group, DateOnly today)
    {
        var year = Number(group);
        if (group.Length == 2 && year >= 0)
        {
            var century = today.Year / 100 * 100;
            year = century + year > today.Year ? century - 100 + year : century + year;
        }

        return year;
    }

    private static bool IsYearInRange(int year) => year is >= FirstYear and <= LastYear;

    private static bool TryMakeDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static Outcome Exact(int year, int month, int day, out RecognizedDate? date)
    {
        date = TryMakeDate(year, month, day, out var value) ? new RecognizedDate(value, DatePrecision.Day) : null;
        return date is null ? Outcome.Invalid : Outcome.Date;
    }

    private static Outcome MonthOf(int year, int month, out RecognizedDate? date)
    {
        date = TryMakeDate(year, month, 1, out var value) ? new RecognizedDate(value, DatePrecision.Month) : null;
        return date is null ? Outcome.Invalid : Outcome.Date;
    }

    private static Outcome YearOf(int year, out RecognizedDate? date)
    {
        date = TryMakeDate(year, 1, 1, out var value) ? new RecognizedDate(value, DatePrecision.Year) : null;
        return date is null ? Outcome.Invalid : Outcome.Date;
    }

    private static Outcome MonthOrDay(int year, Group month, Group day, out RecognizedDate? date) =>
        day.Success ? Exact(year, Number(month), Number(day), out date) : MonthOf(year, Number(month), out date);

    private static int NamedYearOffset(string name) => name switch
    {
        "大前年" => -3,
        "前年" => -2,
        "去年" => -1,
        "明年" => 1,
        _ => 0,
    };

    private static int YearPartMonth(string part) => part switch
    {
        _ when part.EndsWith('初') => 1,
        _ when part.EndsWith('中') => 6,
        _ => 12,
    };

    private static Outcome ReadNumericDay(Match match, DateOnly today, out RecognizedDate? date)
    {
        date = null;
        var year = Number(match.Groups[1]);
        return IsYearInRange(year) ? Exact(year, Number(match.Groups[2]), Number(match.Groups[3]), out date) : Outcome.NotADate;
    }

    private static Outcome ReadYearMonthDay(Match match, DateOnly today, out RecognizedDate? date)
    {
        date = null;
        var year = Year(match.Groups[1], today);
        return IsYearInRange(year) ? MonthOrDay(year, match.Groups[2], match.Groups[3], out date) : Outcome.NotADate;
    }

    private static Outcome ReadNumericMonth(Match match, DateOnly today, out RecognizedDate? date)
    {
        date = null;
        var year = Number(match.Groups[1]);
        return IsYearInRange(year) ? MonthOf(year, Number(match.Groups[2]), out date) : Outcome.NotADate;
    }

    private static Outcome ReadNamedYearMonth(Match match, DateOnly today, out RecognizedDate? date) =>
        MonthOrDay(today.Year + NamedYearOffset(match.Groups[1].Value), match.Groups[2], match.Groups[3], out date);

    private static Outcome ReadNamedYearPart(Match match, DateOnly today, out RecognizedDate? date) =>
        MonthOf(today.Year + NamedYearOffset(match.Groups[1].Value), YearPartMonth(match.Groups[2].Value), out date);

    /// <summary>A month (and day) without a year: this year's, or last year's if this year's is still to come.</summary>
    private static Outcome ReadMonthDay(Match match, DateOnly today, out RecognizedDate? date)
    {
        var month = Number(match.Groups[1]);
        if (!match.Groups[2].Success)
        {
            return MonthOf(month <= today.Month ? today.Year : today.Year - 1, month, out date);
        }

        var day = Number(match.Groups[2]);
        if (TryMakeDate(today.Year, month, day, out var thisYear) && thisYear <= today)
        {
            date = new RecognizedDate(thisYear, DatePrecision.Day);
            return Outcome.Date;
        }

        return Exact(today.Year - 1, month, day, out date);
    }

    /// <summary>N个月前, 半年前, N年前 (month precision); N天前, N周前 (day precision).</summary>
    private static Outcome ReadAgo(Match match, DateOnly today, out RecognizedDate? date)
    {
        date = null;
        var half = match.Groups[2].Value == "半" || match.Groups[4].Value == "半";
        int count;
        if (match.Groups[1].Value == "半")
        {
            if (half)
            {
                return Outcome.Invalid;
            }

            count = 0;
            half = true;
        }
        else
        {
            count = Number(match.Groups[1]);
            if (count is < 0 or > 100_000)
            {
                return Outcome.Invalid;
            }
        }

        var unit = match.Groups[3].Value;
        var dayNumber = (long)today.DayNumber;
        DateOnly then;
        switch (unit)
        {
            case "年":
            case "月":
                var months = unit == "年" ? (count * 12L) + (half ? 6 : 0) : count;
                var extraDays = unit == "月" && half ? 15 : 0;
                var monthIndex = (today.Year * 12L) + today.Month - 1 - months;
                var year = monthIndex / 12;
                var month = (int)(monthIndex % 12) + 1;
                if (year is < 1 or > 9999)
                {
                    return Outcome.Invalid;
                }

                var day = Math.Min(today.Day, DateTime.DaysInMonth((int)year, month));
                var shifted = new DateOnly((int)year, month, day).DayNumber - (long)extraDays;
                if (!TryFromDayNumber(shifted, out then))
                {
                    return Outcome.Invalid;
                }

                date = new RecognizedDate(new DateOnly(then.Year, then.Month, 1), DatePrecision.Month);
                return Outcome.Date;
            default:
                var days = unit is "天" or "日" ? count : (count * 7L) + (half ? 3 : 0);
                if (!TryFromDayNumber(dayNumber - days, out then))
                {
                    return Outcome.Invalid;
                }

                date = new RecognizedDate(then, DatePrecision.Day);
                return Outcome.Date;
        }
    }

    private static bool TryFromDayNumber(long dayNumber, out DateOnly date)
    {
        date = default;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        date = DateOnly.FromDayNumber((int)dayNumber);
        return true;
    }

    /// <summary>上个月, 这个月, 上上个月 (month precision); 上个月15号 (day precision).</summary>
    private static Outcome ReadNamedMonth(Match match, DateOnly today, out RecognizedDate? date)
    {
        var name = match.Groups[1].Value;
        var offset = name.StartsWith("上上", StringComparison.Ordinal) ? -2
            : name.StartsWith('上') ? -1
            : name.StartsWith('下') ? 1
            : 0;
        var monthIndex = (today.Year * 12) + today.Month - 1 + offset;
        var year = monthIndex / 12;
        var month = (monthIndex % 12) + 1;
        return match.Groups[2].Success
            ? Exact(year, month, Number(match.Groups[2]), out date)
            : MonthOf(year, month, out date);
    }

    private static Outcome ReadYear(Match match, DateOnly today, out RecognizedDate? date)
    {
        date = null;
        var year = Year(match.Groups[1], today);
        if (!IsYearInRange(year))
        {
            return Outcome.NotADate;
        }

        return match.Groups.Count > 2 && match.Groups[2].Success
            ? MonthOf(year, YearPartMonth(match.Groups[2].Value), out date)
            : YearOf(year, out date);
    }

    private static Outcome ReadNamedDay(Match match, DateOnly today, out RecognizedDate? date)
    {
        date = null;
        var offset = match.Value switch
        {
            "大前天" => -3,
            "前天" or "前日" => -2,
            "昨天" or "昨日" or "昨儿" => -1,
            "明天" => 1,
            "后天" => 2,
            "大后天" => 3,
            _ => 0,
        };
        if (!TryFromDayNumber((long)today.DayNumber + offset, out var day))
        {
            return Outcome.Invalid;
        }

        date = new RecognizedDate(day, DatePrecision.Day);
        return Outcome.Date;
    }

    private static Outcome ReadNamedYear(Match match, DateOnly today, out RecognizedDate? date) =>
        YearOf(today.Year + NamedYearOffset(match.Value), out date);

    private static Outcome ReadYearPart(Match match, DateOnly today, out RecognizedDate? date) =>
        MonthOf(today.Year, YearPartMonth(match.Value), out date);

    /// <summary>15号: this month's, or last month's if this month's is still to come.</summary>
    private static Outcome ReadDayOnly(Match match, DateOnly today, out RecognizedDate? date)
    {
        var day = Number(match.Groups[1]);
        if (TryMakeDate(today.Year, today.Month, day, out var thisMonth) && thisMonth <= today)
        {
            date = new RecognizedDate(thisMonth, DatePrecision.Day);
            return Outcome.Date;
        }

        var previous = today.Month == 1 ? (today.Year - 1, 12) : (today.Year, today.Month - 1);
        return Exact(previous.Item1, previous.Item2, day, out date);
    }
}
