using RightsBot.Cases.Validation;

namespace RightsBot.Tests.Cases.Validation;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("138.1234.5678", "13812345678")]
    [InlineData("  13812345678  ", "13812345678")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    [InlineData("１３８　１２３４　５６７８", "13812345678")]
    [InlineData("＋86 13812345678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("+86-138-1234-5678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("(+86) 13812345678", "13812345678")]
    [InlineData("8613812345678", "13812345678")]
    [InlineData("86 13812345678", "13812345678")]
    [InlineData("0086 13812345678", "13812345678")]
    [InlineData("008613812345678", "13812345678")]
    [InlineData("138—1234—5678", "13812345678")]
    [InlineData("13812345678。", "13812345678")]
    [InlineData("13012345678", "13012345678")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("15900001111", "15900001111")]
    [InlineData("\t13812345678\n", "13812345678")]
    public void TryNormalize_ValidNumber_ReturnsElevenDigits(string text, string expected)
    {
        Assert.True(MobileNumber.TryNormalize(text, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("138l2345678")]
    [InlineData("138O2345678")]
    [InlineData("l3812345678")]
    [InlineData("13812345678a")]
    [InlineData("abc")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("12812345678")]
    [InlineData("11812345678")]
    [InlineData("23812345678")]
    [InlineData("03812345678")]
    [InlineData("+1 13812345678")]
    [InlineData("+8713812345678")]
    [InlineData("+0086 13812345678")]
    [InlineData("138+12345678")]
    [InlineData("++8613812345678")]
    [InlineData("871381234567")]
    [InlineData("010-12345678")]
    [InlineData("13812345678😀")]
    [InlineData("😀")]
    [InlineData("我的电话13812345678")]
    [InlineData("一三八一二三四五六七八")]
    [InlineData("13812345678; DROP TABLE cases;--")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(13812345678)</script>")]
    [InlineData("<b>13812345678</b>")]
    [InlineData("\u0000")]
    [InlineData("\uD83D")]
    [InlineData("１３８ｌ２３４５６７８")]
    public void TryNormalize_InvalidText_ReturnsFalseAndEmpty(string text)
    {
        Assert.False(MobileNumber.TryNormalize(text, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void TryNormalize_Null_ReturnsFalse()
    {
        Assert.False(MobileNumber.TryNormalize(null, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Theory]
    [InlineData('1')]
    [InlineData(' ')]
    [InlineData('x')]
    [InlineData('中')]
    public void TryNormalize_TenThousandCharacters_ReturnsFalse(char filler)
    {
        Assert.False(MobileNumber.TryNormalize(new string(filler, 10_000), out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void TryNormalize_ValidNumberPaddedToTenThousandCharacters_ReturnsFalse()
    {
        var text = "13812345678" + new string(' ', 10_000);

        Assert.False(MobileNumber.TryNormalize(text, out _));
    }

    [Fact]
    public void TryNormalize_RandomText_NeverThrowsAndOnlyReturnsValidNumbers()
    {
        var random = new Random(20240601);
        const string alphabet = "0123456789013456789+-. ()８６＋l😀中\uD83D\u0000";
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            if (MobileNumber.TryNormalize(new string(chars), out var normalized))
            {
                Assert.Matches("^1[3-9][0-9]{9}$", normalized);
            }
        }
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("19900001111", "199****1111")]
    [InlineData("", "")]
    [InlineData("123", "***")]
    [InlineData("1234567", "*******")]
    [InlineData("12345678", "123*5678")]
    public void Mask_Number_KeepsFirstThreeAndLastFour(string normalized, string expected)
    {
        Assert.Equal(expected, MobileNumber.Mask(normalized));
    }

    [Fact]
    public void Mask_Null_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, MobileNumber.Mask(null!));
    }

    [Fact]
    public void Mask_NormalizedInput_HidesMiddleFourDigits()
    {
        Assert.True(MobileNumber.TryNormalize("＋86 138-1234-5678", out var normalized));

        Assert.Equal("138****5678", MobileNumber.Mask(normalized));
    }
}
