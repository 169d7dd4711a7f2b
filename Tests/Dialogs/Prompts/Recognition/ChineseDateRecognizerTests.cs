using System.Globalization;
using RightsBot.Dialogs.Prompts.Recognition;

namespace RightsBot.Tests.Dialogs.Prompts.Recognition;

public sealed class ChineseDateRecognizerTests
{
    /// <summary>A Sunday in the middle of the year, so "this year" and "last year" both have room.</summary>
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025年3月", "2025-03-01", DatePrecision.Month)]
    [InlineData("2025年3月15日", "2025-03-15", DatePrecision.Day)]
    [InlineData("2025年3月15号", "2025-03-15", DatePrecision.Day)]
    [InlineData("2025 年 3 月 15 日", "2025-03-15", DatePrecision.Day)]
    [InlineData("2025-03-15", "2025-03-15", DatePrecision.Day)]
    [InlineData("2025/3/15", "2025-03-15", DatePrecision.Day)]
    [InlineData("2025.3.15", "2025-03-15", DatePrecision.Day)]
    [InlineData("２０２５／３／１５", "2025-03-15", DatePrecision.Day)]
    [InlineData("2025.3", "2025-03-01", DatePrecision.Month)]
    [InlineData("2025-03", "2025-03-01", DatePrecision.Month)]
    [InlineData("2024年", "2024-01-01", DatePrecision.Year)]
    [InlineData("2024", "2024-01-01", DatePrecision.Year)]
    [InlineData("二〇二四年五月", "2024-05-01", DatePrecision.Month)]
    [InlineData("二零二四年", "2024-01-01", DatePrecision.Year)]
    [InlineData("24年3月", "2024-03-01", DatePrecision.Month)]
    [InlineData("2024年底", "2024-12-01", DatePrecision.Month)]
    [InlineData("2024年初", "2024-01-01", DatePrecision.Month)]
    [InlineData("2024年2月29日", "2024-02-29", DatePrecision.Day)]
    public void TryRecognize_AbsoluteDate_ReturnsDate(string text, string expected, DatePrecision precision)
    {
        var recognized = ChineseDateRecognizer.TryRecognize(text, Today, out var date);

        Assert.True(recognized);
        Assert.Equal(new RecognizedDate(Day(expected), precision), date);
    }

    [Theory]
    [InlineData("3月15号", "2025-03-15", DatePrecision.Day)]
    [InlineData("3月15日", "2025-03-15", DatePrecision.Day)]
    [InlineData("三月十五", "2025-03-15", DatePrecision.Day)]
    [InlineData("三月十五号", "2025-03-15", DatePrecision.Day)]
    [InlineData("6月15号", "2025-06-15", DatePrecision.Day)]
    [InlineData("6月16号", "2024-06-16", DatePrecision.Day)]
    [InlineData("十二月三十一日", "2024-12-31", DatePrecision.Day)]
    [InlineData("三月", "2025-03-01", DatePrecision.Month)]
    [InlineData("十月份", "2024-10-01", DatePrecision.Month)]
    [InlineData("6月", "2025-06-01", DatePrecision.Month)]
    [InlineData("15号", "2025-06-15", DatePrecision.Day)]
    [InlineData("20号", "2025-05-20", DatePrecision.Day)]
    public void TryRecognize_MonthOrDayWithoutYear_ReturnsMostRecentPast(string text, string expected, DatePrecision precision)
    {
        var recognized = ChineseDateRecognizer.TryRecognize(text, Today, out var date);

        Assert.True(recognized);
        Assert.Equal(new RecognizedDate(Day(expected), precision), date);
    }

    [Theory]
    [InlineData("去年十月", "2024-10-01", DatePrecision.Month)]
    [InlineData("去年10月", "2024-10-01", DatePrecision.Month)]
    [InlineData("去年10月5号", "2024-10-05", DatePrecision.Day)]
    [InlineData("大概是去年十月份吧", "2024-10-01", DatePrecision.Month)]
    [InlineData("前年", "2023-01-01", DatePrecision.Year)]
    [InlineData("前年5月", "2023-05-01", DatePrecision.Month)]
    [InlineData("去年", "2024-01-01", DatePrecision.Year)]
    [InlineData("今年", "2025-01-01", DatePrecision.Year)]
    [InlineData("今年3月", "2025-03-01", DatePrecision.Month)]
    [InlineData("今年三月", "2025-03-01", DatePrecision.Month)]
    [InlineData("上个月", "2025-05-01", DatePrecision.Month)]
    [InlineData("上月", "2025-05-01", DatePrecision.Month)]
    [InlineData("上个月15号", "2025-05-15", DatePrecision.Day)]
    [InlineData("这个月", "2025-06-01", DatePrecision.Month)]
    [InlineData("本月", "2025-06-01", DatePrecision.Month)]
    [InlineData("上上个月", "2025-04-01", DatePrecision.Month)]
    [InlineData("前天", "2025-06-13", DatePrecision.Day)]
    [InlineData("昨天", "2025-06-14", DatePrecision.Day)]
    [InlineData("今天", "2025-06-15", DatePrecision.Day)]
    [InlineData("大前天", "2025-06-12", DatePrecision.Day)]
    [InlineData("三个月前", "2025-03-01", DatePrecision.Month)]
    [InlineData("3个月前", "2025-03-01", DatePrecision.Month)]
    [InlineData("三个多月以前", "2025-03-01", DatePrecision.Month)]
    [InlineData("半年前", "2024-12-01", DatePrecision.Month)]
    [InlineData("两年前", "2023-06-01", DatePrecision.Month)]
    [InlineData("一年半前", "2023-12-01", DatePrecision.Month)]
    [InlineData("十天前", "2025-06-05", DatePrecision.Day)]
    [InlineData("两周前", "2025-06-01", DatePrecision.Day)]
    [InlineData("年初", "2025-01-01", DatePrecision.Month)]
    [InlineData("年底", "2025-12-01", DatePrecision.Month)]
    [InlineData("去年年底", "2024-12-01", DatePrecision.Month)]
    [InlineData("去年底", "2024-12-01", DatePrecision.Month)]
    [InlineData("今年年初", "2025-01-01", DatePrecision.Month)]
    [InlineData("昨天，也就是6月14号", "2025-06-14", DatePrecision.Day)]
    [InlineData("上个月底", "2025-05-01", DatePrecision.Month)]
    [InlineData("上上个月10号", "2025-04-10", DatePrecision.Day)]
    [InlineData("一个半月前", "2025-04-01", DatePrecision.Month)]
    [InlineData("两个多月前", "2025-04-01", DatePrecision.Month)]
    [InlineData("昨天下午", "2025-06-14", DatePrecision.Day)]
    [InlineData("从2024年3月份开始干到现在", "2024-03-01", DatePrecision.Month)]
    public void TryRecognize_RelativeDate_ReturnsDateFromToday(string text, string expected, DatePrecision precision)
    {
        var recognized = ChineseDateRecognizer.TryRecognize(text, Today, out var date);

        Assert.True(recognized);
        Assert.Equal(new RecognizedDate(Day(expected), precision), date);
    }

    [Theory]
    [InlineData("上个月", "2025-01-10", "2024-12-01", DatePrecision.Month)]
    [InlineData("上上个月", "2025-01-10", "2024-11-01", DatePrecision.Month)]
    [InlineData("3月", "2025-01-10", "2024-03-01", DatePrecision.Month)]
    [InlineData("昨天", "2025-01-01", "2024-12-31", DatePrecision.Day)]
    [InlineData("15号", "2025-01-10", "2024-12-15", DatePrecision.Day)]
    [InlineData("三个月前", "2025-05-31", "2025-02-01", DatePrecision.Month)]
    [InlineData("2月29号", "2025-01-10", "2024-02-29", DatePrecision.Day)]
    public void TryRecognize_AcrossYearBoundary_ReturnsDate(string text, string today, string expected, DatePrecision precision)
    {
        var recognized = ChineseDateRecognizer.TryRecognize(text, Day(today), out var date);

        Assert.True(recognized);
        Assert.Equal(new RecognizedDate(Day(expected), precision), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("春节前")]
    [InlineData("2月30日")]
    [InlineData("13月")]
    [InlineData("2025年13月")]
    [InlineData("2025-02-30")]
    [InlineData("2025年2月29日")]
    [InlineData("0月")]
    [InlineData("32号")]
    [InlineData("几个月前")]
    [InlineData("五六月")]
    [InlineData("去年十月到今年三月")]
    [InlineData("不记得了")]
    [InlineData("😀😀")]
    [InlineData("'; DROP TABLE Cases; --")]
    [InlineData("5000")]
    [InlineData("-5000")]
    [InlineData("3个人")]
    public void TryRecognize_NoValidDate_ReturnsFalse(string text)
    {
        var recognized = ChineseDateRecognizer.TryRecognize(text, Today, out var date);

        Assert.False(recognized);
        Assert.Null(date);
    }

    [Theory]
    [InlineData("9", 10_000)]
    [InlineData("年", 10_000)]
    [InlineData("1年", 5_000)]
    [InlineData("昨天", 5_000)]
    [InlineData("😀", 5_000)]
    [InlineData("3月15号", 2_000)]
    public void TryRecognize_TenThousandCharacters_DoesNotThrow(string piece, int count)
    {
        var text = string.Concat(Enumerable.Repeat(piece, count));

        var exception = Record.Exception(() => ChineseDateRecognizer.TryRecognize(text, Today, out _));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("昨天")]
    [InlineData("上个月")]
    [InlineData("去年")]
    [InlineData("两年前")]
    [InlineData("100000年前")]
    [InlineData("99999天前")]
    [InlineData("3月15号")]
    [InlineData("15号")]
    [InlineData("年底")]
    public void TryRecognize_TodayAtCalendarEdge_ReturnsFalseOrDateWithoutThrowing(string text)
    {
        foreach (var today in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            var exception = Record.Exception(() => ChineseDateRecognizer.TryRecognize(text, today, out _));

            Assert.Null(exception);
        }
    }

    [Fact]
    public void TryRecognize_YesterdayOnFirstDay_ReturnsFalse()
    {
        Assert.False(ChineseDateRecognizer.TryRecognize("昨天", DateOnly.MinValue, out _));
    }

    [Fact]
    public void TryRecognize_RandomDateSoup_NeverThrows()
    {
        const string alphabet = "0123456789一二两三四五六七八九十零〇年月日号天周前后去今明上下个这本半多初底末中-/. 几😀";
        var random = new Random(20250615);
        for (var run = 0; run < 5_000; run++)
        {
            var chars = new char[random.Next(1, 30)];
            for (var index = 0; index < chars.Length; index++)
            {
                chars[index] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var today = DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber + 1));

            var exception = Record.Exception(() => ChineseDateRecognizer.TryRecognize(text, today, out _));

            Assert.Null(exception);
        }
    }
}
