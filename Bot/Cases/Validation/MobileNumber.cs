using System.Globalization;

namespace RightsBot.Cases.Validation;

/// <summary>
/// Mainland China mobile numbers as workers type them on a phone: "138 1234 5678", "138-1234-5678",
/// "＋86 13812345678", "(0086)138.1234.5678", full-width digits. The normal form is the 11 bare digits.
/// </summary>
public static class MobileNumber
{
    /// <summary>Longer input is not a phone number and is rejected before any work is done.</summary>
    private const int MaxInputLength = 64;

    private const int Length = 11;

    /// <summary>
    /// Reads a mainland mobile number: 11 digits, the first 1 and the second 3 to 9, optionally after a country code
    /// written +86, 86 or 0086. Spaces, dashes, dots, brackets and commas between the digits are ignored; full-width
    /// characters are folded. Anything else (a letter such as l for 1, a Chinese character, an emoji) makes the
    /// answer invalid, so the bot asks again rather than guessing. Never throws.
    /// </summary>
    /// <param name="text">What the worker typed; may be null.</param>
    /// <param name="normalized">The 11 digits when the result is true; otherwise the empty string.</param>
    /// <returns>Whether <paramref name="text"/> is a valid mainland mobile number.</returns>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength)
        {
            return false;
        }

        Span<char> digits = stackalloc char[MaxInputLength];
        var count = 0;
        var plus = false;
        foreach (var raw in text)
        {
            var c = RightsBot.Dialogs.Prompts.Recognition.TextFolding.ToHalfWidth(raw);
            if (c is >= '0' and <= '9')
            {
                digits[count++] = c;
            }
            else if (c == '+')
            {
                if (plus || count > 0)
                {
                    return false;
                }

                plus = true;
            }
            else if (!IsSeparator(c))
            {
                return false;
            }
        }

        ReadOnlySpan<char> number = digits[..count];
        if (number.StartsWith("0086", StringComparison.Ordinal) && !plus)
        {
            number = number[4..];
        }
        else if (number.StartsWith("86", StringComparison.Ordinal) && number.Length == Length + 2)
        {
            number = number[2..];
        }
        else if (plus)
        {
            return false;
        }

        if (number.Length != Length || number[0] != '1' || number[1] is < '3' or > '9')
        {
            return false;
        }

        normalized = number.ToString();
        return true;
    }

    /// <summary>
    /// Masks a normalised number for display and logs: the first 3 and last 4 digits stay, "13812345678" gives
    /// "138****5678". Anything shorter than 8 characters is masked whole. Never throws.
    /// </summary>
    /// <param name="normalized">A number from <see cref="TryNormalize"/>.</param>
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

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c)
        || c is '.' or '。' or '·' or '(' or ')' or ',' or '、' or '_' or '/'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
