using System.Globalization;
using RightsBot.Dialogs.Prompts.Recognition;

namespace RightsBot.Tests.Dialogs.Prompts.Recognition;

public sealed class ChineseNumberRecognizerTests
{
    [Theory]
    [InlineData("三千五", "3500")]
    [InlineData("3.5万", "35000")]
    [InlineData("1万2", "12000")]
    [InlineData("两千", "2000")]
    [InlineData("一万五", "15000")]
    [InlineData("两万三千", "23000")]
    [InlineData("两万三", "23000")]
    [InlineData("十二", "12")]
    [InlineData("二十", "20")]
    [InlineData("二十五", "25")]
    [InlineData("十", "10")]
    [InlineData("一百零五", "105")]
    [InlineData("一千零五", "1005")]
    [InlineData("一万零五百", "10500")]
    [InlineData("一千二百五十块", "1250")]
    [InlineData("一万二千五", "12500")]
    [InlineData("两万三千五百", "23500")]
    [InlineData("八千八", "8800")]
    [InlineData("十万", "100000")]
    [InlineData("一百万", "1000000")]
    [InlineData("3千", "3000")]
    [InlineData("3千5", "3500")]
    [InlineData("2万", "20000")]
    [InlineData("5k", "5000")]
    [InlineData("5K", "5000")]
    [InlineData("1.2w", "12000")]
    [InlineData("1.2W", "12000")]
    [InlineData("三点五万", "35000")]
    [InlineData("大概八千块钱", "8000")]
    [InlineData("8000元", "8000")]
    [InlineData("¥8000", "8000")]
    [InlineData("3500", "3500")]
    [InlineData("3.5", "3.5")]
    [InlineData("8000.00", "8000")]
    [InlineData("两个", "2")]
    [InlineData("第二", "2")]
    [InlineData("〇", "0")]
    [InlineData("零", "0")]
    [InlineData("0", "0")]
    [InlineData("二〇二四", "2024")]
    [InlineData("壹贰叁", "123")]
    [InlineData("壹万贰仟", "12000")]
    [InlineData("叁仟伍佰元整", "3500")]
    [InlineData("一亿", "100000000")]
    [InlineData("1亿2000万", "120000000")]
    [InlineData("999万亿", "999000000000000")]
    [InlineData("一万亿五千亿", "1500000000000")]
    [InlineData("８０００", "8000")]
    [InlineData("３．５万", "35000")]
    [InlineData("8,000", "8000")]
    [InlineData("８，０００", "8000")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("8 000", "8000")]
    [InlineData("一万 五千", "15000")]
    [InlineData("5 万", "50000")]
    [InlineData("  3500  ", "3500")]
    [InlineData("一万多", "10000")]
    [InlineData("三千多块", "3000")]
    [InlineData("一共欠了五千", "5000")]
    [InlineData("他一直没给，八千", "8000")]
    [InlineData("3块5", "3.5")]
    [InlineData("5000，就是5000", "5000")]
    [InlineData("三千五，也就是3500", "3500")]
    [InlineData("5kg", "5")]
    [InlineData("一个月三千", "3000")]
    [InlineData("三千一个月", "3000")]
    [InlineData("一万二一个月", "12000")]
    [InlineData("1个月3000", "3000")]
    [InlineData("一天两百", "200")]
    [InlineData("一个月", "1")]
    [InlineData("十一个月", "11")]
    [InlineData("一块五", "1.5")]
    [InlineData("俩", "2")]
    public void TryRecognize_Number_ReturnsValue(string text, string expected)
    {
        var recognized = ChineseNumberRecognizer.TryRecognize(text, out var value);

        Assert.True(recognized);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("五六千", "5000")]
    [InlineData("5000到6000", "5000")]
    [InlineData("5000-6000", "5000")]
    [InlineData("五千至六千", "5000")]
    [InlineData("两三千块", "2000")]
    [InlineData("6000-5000", "5000")]
    public void TryRecognize_Range_ReturnsLowerBound(string text, string expected)
    {
        var recognized = ChineseNumberRecognizer.TryRecognize(text, out var value);

        Assert.True(recognized);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryRecognize_TrailingZerosAfterUnit_HasNoDecimalPlaces()
    {
        Assert.True(ChineseNumberRecognizer.TryRecognize("3.5万", out var value));

        Assert.Equal("35000", value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("没有")]
    [InlineData("不知道")]
    [InlineData("很多钱")]
    [InlineData("3个人欠5000")]
    [InlineData("5000元和6000元")]
    [InlineData("3个月5000")]
    [InlineData("欠了我两个月工资一共一万二")]
    [InlineData("-5000")]
    [InlineData("－５０００")]
    [InlineData("- 5000")]
    [InlineData("−5000")]
    [InlineData("负五千")]
    [InlineData("😀😀😀")]
    [InlineData("👍")]
    [InlineData("'; DROP TABLE Users; --")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("十几")]
    [InlineData("几千")]
    [InlineData("好几万")]
    [InlineData("一万几")]
    [InlineData("三百五千")]
    [InlineData("一万万")]
    [InlineData("万")]
    [InlineData("千万别")]
    [InlineData("万一")]
    [InlineData("十分感谢")]
    [InlineData("k")]
    [InlineData("ok")]
    public void TryRecognize_NoSingleNonNegativeNumber_ReturnsFalse(string text)
    {
        var recognized = ChineseNumberRecognizer.TryRecognize(text, out var value);

        Assert.False(recognized);
        Assert.Equal(0m, value);
    }

    [Fact]
    public void TryRecognize_Null_ReturnsFalse()
    {
        Assert.False(ChineseNumberRecognizer.TryRecognize(null!, out _));
    }

    [Theory]
    [InlineData("9", 10_000)]
    [InlineData("一", 10_000)]
    [InlineData("万", 10_000)]
    [InlineData("亿", 10_000)]
    [InlineData("十", 10_000)]
    [InlineData("9亿", 5_000)]
    [InlineData("3个5", 3_000)]
    [InlineData("😀", 5_000)]
    [InlineData("a", 10_000)]
    [InlineData(" ", 10_000)]
    public void TryRecognize_TenThousandCharacters_ReturnsFalseWithoutThrowing(string piece, int count)
    {
        var text = string.Concat(Enumerable.Repeat(piece, count));

        var recognized = ChineseNumberRecognizer.TryRecognize(text, out _);

        Assert.False(recognized);
    }

    [Fact]
    public void TryRecognize_NumberInsideTenThousandCharacters_ReturnsValue()
    {
        var text = new string('啊', 5_000) + "八千" + new string('啊', 5_000);

        Assert.True(ChineseNumberRecognizer.TryRecognize(text, out var value));
        Assert.Equal(8000m, value);
    }

    [Fact]
    public void TryRecognize_RandomNumeralSoup_NeverThrows()
    {
        const string alphabet = "0123456789一二两三四五六七八九十百千万亿零〇壹贰叁拾佰仟.点,， -到至kKwW块元多几负😀";
        var random = new Random(20250615);
        for (var run = 0; run < 5_000; run++)
        {
            var length = random.Next(1, 40);
            var chars = new char[length];
            for (var index = 0; index < length; index++)
            {
                chars[index] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (ChineseNumberRecognizer.TryRecognize(text, out var value))
            {
                Assert.True(value >= 0m, text);
            }
        }
    }
}
