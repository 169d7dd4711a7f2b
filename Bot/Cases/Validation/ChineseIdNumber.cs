using System.Text;

namespace RightsBot.Cases.Validation;

/// <summary>
/// The 18-character resident identity card number of GB 11643-1999: a 6-digit area code, an 8-digit birth date
/// (yyyyMMdd), a 3-digit sequence number and an ISO 7064 MOD 11-2 check character (a digit or X).
/// </summary>
public static class ChineseIdNumber
{
    private const int Length = 18;
    private const string CheckCharacters = "10X98765432";
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Checks an ID number as typed: white space (the ideographic space too) is ignored, full-width digits and letters
    /// are folded, and a lower-case x is read as X. Old 15-digit numbers give <see cref="IdNumberCheck.WrongLength"/>
    /// because cases need the 18-digit one. Never throws.
    /// </summary>
    /// <param name="text">What the worker typed; may be null.</param>
    /// <param name="today">Today's date in China, from the caller's clock; a birth date after it is rejected.</param>
    /// <param name="normalized">The 18 characters with an upper-case X when the result is valid; otherwise "".</param>
    /// <returns>What, if anything, is wrong with the number; characters are judged before length.</returns>
    public static IdNumberCheck Check(string? text, DateOnly today, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdNumberCheck.WrongLength;
        }

        var builder = new StringBuilder(Length);
        var badCharacters = false;
        var count = 0;
        foreach (var raw in text)
        {
            var c = RightsBot.Dialogs.Prompts.Recognition.TextFolding.ToHalfWidth(raw);
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is >= '0' and <= '9' or 'X' or 'x')
            {
                if (count < Length)
                {
                    builder.Append(char.ToUpperInvariant(c));
                }

                count++; // past 18 characters only the count matters, so a long paste costs no memory
            }
            else
            {
                badCharacters = true;
                break;
            }
        }

        if (badCharacters)
        {
            return IdNumberCheck.BadCharacters;
        }

        if (count != Length)
        {
            return IdNumberCheck.WrongLength;
        }

        var candidate = builder.ToString();
        if (candidate.AsSpan(0, Length - 1).Contains('X'))
        {
            return IdNumberCheck.BadCharacters;
        }

        if (!TryReadBirthDate(candidate, out var birthDate) || birthDate < EarliestBirthDate || birthDate > today)
        {
            return IdNumberCheck.BadDate;
        }

        if (candidate[Length - 1] != ComputeCheckCharacter(candidate.AsSpan(0, Length - 1)))
        {
            return IdNumberCheck.BadChecksum;
        }

        normalized = candidate;
        return IdNumberCheck.Valid;
    }

    /// <summary>
    /// Masks a normalised number for display and logs: the first 3 and last 4 characters stay,
    /// "11010119900307123X" gives "110***********123X". Anything shorter than 8 characters is masked whole.
    /// Never throws.
    /// </summary>
    /// <param name="normalized">A number from <see cref="Check"/>.</param>
    /// <returns>The masked number.</returns>
    public static string Mask(string normalized)
    {
        if (string.IsNullOrEmpty(normalized))
        {
            return string.Empty;
        }

        if (normalized.Length < 8)
        {
            return new string('*', normalized.Length);
        }

        return string.Concat(normalized.AsSpan(0, 3), new string('*', normalized.Length - 7), normalized.AsSpan(normalized.Length - 4));
    }

    /// <summary>
    /// The ISO 7064 MOD 11-2 check character for the first 17 digits of a number, one of "10X98765432".
    /// </summary>
    /// <param name="first17">Exactly 17 ASCII digits.</param>
    /// <returns>The check character, or '\0' when <paramref name="first17"/> is not 17 digits.</returns>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            return '\0';
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var digit = first17[i] - '0';
            if (digit is < 0 or > 9)
            {
                return '\0';
            }

            sum += digit * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static bool TryReadBirthDate(string number, out DateOnly birthDate)
    {
        birthDate = default;
        var year = ReadNumber(number, 6, 4);
        var month = ReadNumber(number, 10, 2);
        var day = ReadNumber(number, 12, 2);
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        birthDate = new DateOnly(year, month, day);
        return true;
    }

    private static int ReadNumber(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
