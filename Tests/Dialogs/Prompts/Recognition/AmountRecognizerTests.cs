using System.Globalization;
using RightsBot.Dialogs.Prompts.Recognition;

namespace RightsBot.Tests.Dialogs.Prompts.Recognition;

public sealed class AmountRecognizerTests
{
    [Theory]
    [InlineData("8000元", "8000")]
    [InlineData("三千五", "3500")]
    [InlineData("3.5万", "35000")]
    [InlineData("1万2", "12000")]
    [InlineData("大概八千块钱", "8000")]
    [InlineData("一千二百五十块", "1250")]
    [InlineData("1.2w", "12000")]
    [InlineData("5K", "5000")]
    [InlineData("999万亿", "999000000000000")]
    [InlineData("一万多", "10000")]
    [InlineData("三千多块", "3000")]
    public void TryRecognize_SingleAmount_ReturnsEqualBounds(string text, string expected)
    {
        Assert.True(AmountRecognizer.TryRecognize(text, out var range));
        var amount = decimal.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(new AmountRange(amount, amount), range);
        Assert.True(range.IsExact);
    }

    [Theory]
    [InlineData("五六千", "5000", "6000")]
    [InlineData("三四万", "30000", "40000")]
    [InlineData("两三千块", "2000", "3000")]
    [InlineData("七八千", "7000", "8000")]
    [InlineData("一两万", "10000", "20000")]
    [InlineData("三五千", "3000", "5000")]
    [InlineData("一万五六", "15000", "16000")]
    [InlineData("十五六", "15", "16")]
    [InlineData("5000到6000", "5000", "6000")]
    [InlineData("5000-6000", "5000", "6000")]
    [InlineData("5000 - 6000", "5000", "6000")]
    [InlineData("5000~6000", "5000", "6000")]
    [InlineData("５０００～６０００", "5000", "6000")]
    [InlineData("五千至六千", "5000", "6000")]
    [InlineData("五千块到六千块", "5000", "6000")]
    [InlineData("大概5000到6000之间", "5000", "6000")]
    [InlineData("5到6千", "5000", "6000")]
    [InlineData("3-4万", "30000", "40000")]
    [InlineData("1-1.5万", "10000", "15000")]
    [InlineData("6000-5000", "5000", "6000")]
    public void TryRecognize_Range_ReturnsBounds(string text, string low, string high)
    {
        Assert.True(AmountRecognizer.TryRecognize(text, out var range));
        Assert.Equal(
            new AmountRange(decimal.Parse(low, CultureInfo.InvariantCulture), decimal.Parse(high, CultureInfo.InvariantCulture)),
            range);
        Assert.False(range.IsExact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("没给钱")]
    [InlineData("3个人欠5000")]
    [InlineData("-5000")]
    [InlineData("负三千")]
    [InlineData("😀")]
    [InlineData("'; DROP TABLE Wages; --")]
    [InlineData("几万")]
    [InlineData("5000还是6000")]
    public void TryRecognize_NoAmount_ReturnsFalse(string text)
    {
        var recognized = AmountRecognizer.TryRecognize(text, out var range);

        Assert.False(recognized);
        Assert.Null(range);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("五六")]
    [InlineData("😀")]
    public void TryRecognize_TenThousandCharacters_ReturnsFalseWithoutThrowing(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 10_000 / piece.Length));

        Assert.False(AmountRecognizer.TryRecognize(text, out _));
    }

    [Fact]
    public void TryRecognize_RandomRanges_LowNeverAboveHigh()
    {
        const string alphabet = "0123456789一二两三四五六七八九十百千万零.-到至k块多";
        var random = new Random(42);
        for (var run = 0; run < 5_000; run++)
        {
            var chars = new char[random.Next(1, 20)];
            for (var index = 0; index < chars.Length; index++)
            {
                chars[index] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (AmountRecognizer.TryRecognize(text, out var range))
            {
                Assert.True(range.Low <= range.High, text);
                Assert.True(range.Low >= 0m, text);
            }
        }
    }
}
