namespace RightsBot.Tests.Support;

/// <summary>Makes checksum-valid resident ID numbers for made-up people (area code 110101), never real ones.</summary>
internal static class TestIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static string Make(string birth = "19900307", string sequence = "123")
    {
        var body = "110101" + birth + sequence;
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + CheckChars[sum % 11];
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithBadChecksum(string valid) => valid[..17] + (valid[17] == '0' ? '1' : '0');
}
