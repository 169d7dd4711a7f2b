namespace RightsBot.Channels;

/// <summary>Splits long bot texts for channels with a length limit, at line ends where possible.</summary>
public static class OutboundText
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var cut = rest[..maxLength].LastIndexOf('\n');
            if (cut < maxLength / 2)
            {
                cut = maxLength;
                // Never split a surrogate pair (emoji).
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            parts.Add(rest[..cut].TrimEnd('\n').ToString());
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}
