using RightsBot.Cases.Validation;

namespace RightsBot.Tests.Cases.Validation;

public sealed class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Theory]
    [InlineData("110101", "19900307", "123")]
    [InlineData("110101", "19000101", "001")]
    [InlineData("999999", "20000229", "456")]
    [InlineData("999999", "19851231", "999")]
    [InlineData("110101", "20250615", "000")]
    [InlineData("999999", "19700101", "010")]
    public void Check_ComputedValidNumber_ReturnsValid(string area, string birthDate, string sequence)
    {
        var number = GeneratedIdNumbers.Make(area, birthDate, sequence);

        Assert.Equal(IdNumberCheck.Valid, ChineseIdNumber.Check(number, Today, out var normalized));
        Assert.Equal(number, normalized);
    }

    [Fact]
    public void Check_NumberEndingInLowerCaseX_NormalizesToUpperCase()
    {
        var number = GeneratedIdNumbers.MakeEndingInX("110101", "19900307");

        Assert.Equal(IdNumberCheck.Valid, ChineseIdNumber.Check(number[..17] + "x", Today, out var normalized));
        Assert.Equal(number, normalized);
        Assert.EndsWith("X", normalized, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" {0} ")]
    [InlineData("{0}\n")]
    public void Check_SurroundingWhiteSpace_IsIgnored(string format)
    {
        var number = GeneratedIdNumbers.Make("110101", "19880808", "321");
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, number);

        Assert.Equal(IdNumberCheck.Valid, ChineseIdNumber.Check(text, Today, out var normalized));
        Assert.Equal(number, normalized);
    }

    [Fact]
    public void Check_SpacesBetweenGroups_AreIgnored()
    {
        var number = GeneratedIdNumbers.Make("999999", "19920514", "777");
        var text = $"{number[..6]} {number[6..14]} {number[14..]}";

        Assert.Equal(IdNumberCheck.Valid, ChineseIdNumber.Check(text, Today, out var normalized));
        Assert.Equal(number, normalized);
    }

    [Fact]
    public void Check_FullWidthDigitsAndIdeographicSpace_AreFolded()
    {
        var number = GeneratedIdNumbers.MakeEndingInX("999999", "19950101");
        var fullWidth = string.Concat(number.Select(c => (char)(c + 0xFEE0)));
        var text = fullWidth[..6] + "\u3000" + fullWidth[6..];

        Assert.Equal(IdNumberCheck.Valid, ChineseIdNumber.Check(text, Today, out var normalized));
        Assert.Equal(number, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("11010119900307123")]
    [InlineData("1101011990030712345")]
    [InlineData("110101900307123")]
    [InlineData("X")]
    public void Check_WrongLength_ReturnsWrongLength(string text)
    {
        Assert.Equal(IdNumberCheck.WrongLength, ChineseIdNumber.Check(text, Today, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_Null_ReturnsWrongLength()
    {
        Assert.Equal(IdNumberCheck.WrongLength, ChineseIdNumber.Check(null, Today, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_OldFifteenDigitNumber_ReturnsWrongLength()
    {
        Assert.Equal(IdNumberCheck.WrongLength, ChineseIdNumber.Check("110101900307123", Today, out _));
    }

    [Theory]
    [InlineData("11010119900307123Y")]
    [InlineData("1101011990O307123X")]
    [InlineData("110101-19900307-123X")]
    [InlineData("身份证110101199003071234")]
    [InlineData("110101199003071234😀")]
    [InlineData("1101011990030712X4")]
    [InlineData("X10101199003071234")]
    [InlineData("'; DROP TABLE cases; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b>110101199003071234</b>")]
    [InlineData("\uD83D")]
    [InlineData("abc")]
    public void Check_BadCharacters_ReturnsBadCharacters(string text)
    {
        Assert.Equal(IdNumberCheck.BadCharacters, ChineseIdNumber.Check(text, Today, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Theory]
    [InlineData("18991231")]
    [InlineData("19900230")]
    [InlineData("19900431")]
    [InlineData("19901301")]
    [InlineData("19900001")]
    [InlineData("19900100")]
    [InlineData("19000229")]
    [InlineData("20250616")]
    [InlineData("20990101")]
    [InlineData("00000000")]
    [InlineData("99999999")]
    public void Check_ImpossibleBirthDate_ReturnsBadDate(string birthDate)
    {
        var number = GeneratedIdNumbers.Make("110101", birthDate, "123");

        Assert.Equal(IdNumberCheck.BadDate, ChineseIdNumber.Check(number, Today, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_BirthDateIsToday_ReturnsValid()
    {
        var number = GeneratedIdNumbers.Make("999999", "20250615", "500");

        Assert.Equal(IdNumberCheck.Valid, ChineseIdNumber.Check(number, Today, out _));
        Assert.Equal(IdNumberCheck.BadDate, ChineseIdNumber.Check(number, Today.AddDays(-1), out _));
    }

    [Theory]
    [InlineData("110101", "19900307", "123")]
    [InlineData("999999", "20000229", "456")]
    public void Check_WrongCheckCharacter_ReturnsBadChecksum(string area, string birthDate, string sequence)
    {
        var number = GeneratedIdNumbers.WithWrongCheck(GeneratedIdNumbers.Make(area, birthDate, sequence));

        Assert.Equal(IdNumberCheck.BadChecksum, ChineseIdNumber.Check(number, Today, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_TwoDigitsSwapped_ReturnsBadChecksum()
    {
        var number = GeneratedIdNumbers.Make("110101", "19900307", "123");
        var swapped = number[..14] + number[15] + number[14] + number[16..];

        Assert.Equal(IdNumberCheck.BadChecksum, ChineseIdNumber.Check(swapped, Today, out _));
    }

    [Fact]
    public void Check_EveryCheckCharacter_IsAcceptedOnlyWhenComputed()
    {
        for (var sequence = 0; sequence < 200; sequence++)
        {
            var number = GeneratedIdNumbers.Make("999999", "19800101", sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var check in "0123456789X")
            {
                var expected = check == number[17] ? IdNumberCheck.Valid : IdNumberCheck.BadChecksum;
                Assert.Equal(expected, ChineseIdNumber.Check(number[..17] + check, Today, out _));
            }
        }
    }

    [Theory]
    [InlineData('1', IdNumberCheck.WrongLength)]
    [InlineData(' ', IdNumberCheck.WrongLength)]
    [InlineData('a', IdNumberCheck.BadCharacters)]
    [InlineData('中', IdNumberCheck.BadCharacters)]
    public void Check_TenThousandCharacters_DoesNotThrow(char filler, IdNumberCheck expected)
    {
        Assert.Equal(expected, ChineseIdNumber.Check(new string(filler, 10_000), Today, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_RandomText_NeverThrows()
    {
        var random = new Random(20240601);
        const string alphabet = "0123456789xX ０１Ｘ-a中😀\uD83D\u0000";
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var result = ChineseIdNumber.Check(new string(chars), Today, out var normalized);
            Assert.True(Enum.IsDefined(result));
            Assert.Equal(result == IdNumberCheck.Valid ? 18 : 0, normalized.Length);
        }
    }

    [Fact]
    public void Check_ValidNumberThenTenThousandDigits_ReturnsWrongLength()
    {
        var text = GeneratedIdNumbers.Make("110101", "19900307", "123") + new string('0', 10_000);

        Assert.Equal(IdNumberCheck.WrongLength, ChineseIdNumber.Check(text, Today, out _));
    }

    [Fact]
    public void ComputeCheckCharacter_SeventeenDigits_AgreesWithIndependentComputation()
    {
        for (var sequence = 0; sequence < 1000; sequence += 7)
        {
            var first17 = "110101" + "19900307" + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(GeneratedIdNumbers.CheckCharacter(first17), ChineseIdNumber.ComputeCheckCharacter(first17));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("1101011990030712a")]
    public void ComputeCheckCharacter_NotSeventeenDigits_ReturnsNul(string text)
    {
        Assert.Equal('\0', ChineseIdNumber.ComputeCheckCharacter(text));
    }

    [Theory]
    [InlineData("11010119900307123X", "110***********123X")]
    [InlineData("999999200002294561", "999***********4561")]
    [InlineData("", "")]
    [InlineData("1234567", "*******")]
    public void Mask_Number_KeepsFirstThreeAndLastFour(string normalized, string expected)
    {
        Assert.Equal(expected, ChineseIdNumber.Mask(normalized));
    }

    [Fact]
    public void Mask_Null_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, ChineseIdNumber.Mask(null!));
    }
}
