using System.Reflection;

namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// The toneless pinyin syllable of a Chinese character (one reading per character), from the embedded table
/// <c>pinyin.tsv</c>. Workers type with pinyin input methods, so their typos are mostly homophones (工姿 for 工资, 社宝
/// for 社保, 工商 for 工伤): comparing syllables lets such a typo still meet the right word.
/// </summary>
internal static class Pinyin
{
    private static readonly Lazy<Dictionary<char, int>> Syllables = new(Load);

    /// <summary>A small number standing for the syllable of <paramref name="c"/>, or -1 when it is not a Chinese character.</summary>
    public static int SyllableOf(char c) => Syllables.Value.GetValueOrDefault(c, -1);

    private static Dictionary<char, int> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RightsBot.Knowledge.Indexing.pinyin.tsv")
            ?? throw new InvalidOperationException("The pinyin table is not embedded.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, int>(21_000);
        var syllable = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            foreach (var c in line.AsSpan(tab + 1))
            {
                map.TryAdd(c, syllable);
            }

            syllable++;
        }

        return map;
    }
}
