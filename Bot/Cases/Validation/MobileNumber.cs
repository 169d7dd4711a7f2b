using System.Text;

namespace RightsBot.Cases.Validation;

/// <summary>Mainland China mobile numbers as workers type them (spaces, dashes, full-width digits, +86).</summary>
public static class MobileNumber
{
    /// <summary>Normalises to 11 digits; false for anything that is not a mobile number.</summary>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var digits = new StringBuilder(16);
        foreach (var raw in text.Trim())
        {
            var c = raw is >= '０' and <= '９' ? (char)(raw - '０' + '0') : raw == '＋' ? '+' : raw;
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '+' or '\u3000' or '(' or ')' or '－'))
            {
                return false;
            }
        }

        var number = digits.ToString();
        if (number.StartsWith("0086", StringComparison.Ordinal))
        {
            number = number[4..];
        }
        else if (number.Length == 13 && number.StartsWith("86", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        if (number.Length != 11 || number[0] != '1' || number[1] is < '3' or > '9')
        {
            return false;
        }

        normalized = number;
        return true;
    }

    /// <summary>138****5678.</summary>
    public static string Mask(string normalized) =>
        normalized.Length == 11 ? normalized[..3] + "****" + normalized[7..] : "****";
}
