using System.Reflection;

namespace RightsBot.Cases.Regions;

/// <summary>China's provinces and prefecture-level cities (embedded <c>regions.tsv</c>), to normalise free-text places.</summary>
public sealed class RegionCatalog
{
    private readonly List<(string Province, string ProvinceShort, string City, string CityShort)> _rows = [];

    public RegionCatalog()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RightsBot.Cases.Regions.regions.tsv");
        if (stream is null)
        {
            return;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length >= 4 && !line.StartsWith('#'))
            {
                _rows.Add((parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), parts[3].Trim()));
            }
        }
    }

    public RegionMatch? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var said = new string([.. text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))]);
        var provinces = _rows.GroupBy(r => r.Province).Select(g => g.First()).ToList();
        string? province = null;
        var rest = said;
        foreach (var p in provinces.OrderByDescending(p => p.Province.Length))
        {
            var at = said.IndexOf(p.Province, StringComparison.Ordinal);
            var name = p.Province;
            if (at < 0)
            {
                at = said.IndexOf(p.ProvinceShort, StringComparison.Ordinal);
                name = p.ProvinceShort;
            }

            if (at >= 0)
            {
                province = p.Province;
                rest = said[(at + name.Length)..];
                break;
            }
        }

        var candidates = _rows.Where(r => province is null || r.Province == province);
        foreach (var c in candidates.OrderByDescending(c => c.City.Length))
        {
            var at = rest.IndexOf(c.City, StringComparison.Ordinal);
            var name = c.City;
            if (at < 0)
            {
                at = rest.IndexOf(c.CityShort, StringComparison.Ordinal);
                name = c.CityShort;
            }

            if (at >= 0)
            {
                var after = rest[(at + name.Length)..];
                return new RegionMatch(c.Province, c.City, string.IsNullOrEmpty(after) ? null : after.Length > 10 ? after[..10] : after, text);
            }
        }

        return province is null ? null : new RegionMatch(province, null, string.IsNullOrEmpty(rest) ? null : rest, text);
    }
}
