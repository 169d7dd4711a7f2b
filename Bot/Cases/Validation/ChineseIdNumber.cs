using System.Globalization;
using System.Text;

namespace RightsBot.Cases.Validation;

/// <summary>18-character resident ID numbers (GB 11643-1999): birth date and ISO 7064 MOD 11-2 check character.</summary>
public static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static IdNumberCheck Check(string? text, DateOnly today, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return IdNumberCheck.WrongLength;
        }

        var builder = new StringBuilder(18);
        foreach (var raw in text)
        {
            var c = raw is >= '０' and <= '９' ? (char)(raw - '０' + '0') : raw is 'ｘ' or 'Ｘ' or 'x' ? 'X' : raw;
            if (char.IsAsciiDigit(c) || c == 'X')
            {
                builder.Append(c);
            }
            else if (c is not (' ' or '-' or '\u3000'))
            {
                return IdNumberCheck.BadCharacters;
            }
        }

        var id = builder.ToString();
        if (id.Length != 18)
        {
            return IdNumberCheck.WrongLength;
        }

        if (id[..17].Contains('X', StringComparison.Ordinal))
        {
            return IdNumberCheck.BadCharacters;
        }

        if (!DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth < new DateOnly(1900, 1, 1) || birth > today)
        {
            return IdNumberCheck.BadDate;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        if (CheckChars[sum % 11] != id[17])
        {
            return IdNumberCheck.BadChecksum;
        }

        normalized = id;
        return IdNumberCheck.Valid;
    }

    /// <summary>110***********123X.</summary>
    public static string Mask(string normalized) =>
        normalized.Length == 18 ? normalized[..3] + new string('*', 11) + normalized[14..] : "****";
}
