namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// Rewrites workers' words to one canonical word per group (工头、班组长 → 包工头; 工钱、血汗钱 → 工资), longest match
/// first, so that articles and questions meet on the same words. Typos and homophones (工姿, 中裁) are groups too.
/// </summary>
internal sealed class SynonymMap
{
    private readonly Dictionary<char, List<(string From, string To)>> _byFirstChar = [];

    public SynonymMap(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            var canonical = TextNormalizer.Fold(group[0]);
            foreach (var word in group.Skip(1))
            {
                var from = TextNormalizer.Fold(word);
                if (from.Length == 0 || string.Equals(from, canonical, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!_byFirstChar.TryGetValue(from[0], out var list))
                {
                    list = [];
                    _byFirstChar[from[0]] = list;
                }

                list.Add((from, canonical));
            }
        }

        foreach (var list in _byFirstChar.Values)
        {
            list.Sort((a, b) => b.From.Length.CompareTo(a.From.Length));
        }
    }

    /// <summary>Rewrites already folded text.</summary>
    public string Canonicalize(string folded)
    {
        if (_byFirstChar.Count == 0 || folded.Length == 0)
        {
            return folded;
        }

        var builder = new System.Text.StringBuilder(folded.Length + 16);
        var i = 0;
        while (i < folded.Length)
        {
            var replaced = false;
            if (_byFirstChar.TryGetValue(folded[i], out var candidates))
            {
                foreach (var (from, to) in candidates)
                {
                    if (string.CompareOrdinal(folded, i, from, 0, from.Length) == 0)
                    {
                        builder.Append(to);
                        i += from.Length;
                        replaced = true;
                        break;
                    }
                }
            }

            if (!replaced)
            {
                builder.Append(folded[i]);
                i++;
            }
        }

        return builder.ToString();
    }
}
