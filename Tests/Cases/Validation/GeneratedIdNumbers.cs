namespace RightsBot.Tests.Cases.Validation;

/// <summary>
/// Makes made-up resident ID numbers (area 110101 or 999999, invented dates and sequence numbers) with a correct
/// GB 11643-1999 check character, computed here independently of the code under test. No real person's number.
/// </summary>
internal static class GeneratedIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The 18-character number for the area code, birth date (yyyyMMdd) and 3-digit sequence.</summary>
    public static string Make(string area, string birthDate, string sequence)
    {
        var first17 = area + birthDate + sequence;
        return first17 + CheckCharacter(first17);
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of 17 digits.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    /// <summary>The same number with a check character that is certainly wrong.</summary>
    public static string WithWrongCheck(string valid)
    {
        var wrong = valid[17] == '0' ? '1' : '0';
        return valid[..17] + wrong;
    }

    /// <summary>A sequence number for which the check character of the number is X.</summary>
    public static string MakeEndingInX(string area, string birthDate)
    {
        for (var sequence = 0; sequence < 1000; sequence++)
        {
            var candidate = Make(area, birthDate, sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            if (candidate[17] == 'X')
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No sequence number gives X.");
    }
}
