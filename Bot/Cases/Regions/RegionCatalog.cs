using System.Text;
using RightsBot.Cases.Validation;

namespace RightsBot.Cases.Regions;

/// <summary>
/// China's 34 provincial-level divisions and their prefecture-level divisions (地级市, 自治州, 地区, 盟), read once per
/// process from the embedded <c>regions.tsv</c>, and a recogniser that turns a worker's free-text answer
/// ("广东深圳宝安区", "在东莞干活", "北京朝阳") into a <see cref="RegionMatch"/>.
/// </summary>
/// <remarks>
/// Recognition folds full-width forms and drops spaces, punctuation and emoji, then takes the leftmost, longest
/// province or city name (full name, short name, "恩施州"-style short names of autonomous prefectures, "新疆自治区",
/// "内蒙", and the old name 襄樊). A name that is both a province and a city (吉林, 海南, and the municipalities)
/// is read as the province; a city of that province named later in the answer ("吉林吉林市", "青海海南") then
/// becomes the city. A municipality or special administrative region is its own city. "阿里" alone is not
/// recognised (too often 阿里巴巴); "阿里地区" is.
/// </remarks>
public sealed class RegionCatalog
{
    /// <summary>The logical name under which the project embeds <c>Cases/Regions/regions.tsv</c>.</summary>
    public const string ResourceName = "RightsBot.Cases.Regions.regions.tsv";

    private const int MaxDistrictSearch = 8;
    private const int FallbackDistrictLength = 4;
    private const int MaxWholeRemainderDistrict = 10;

    private static readonly Lazy<Data> SharedData = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Short names too common in other words to stand alone; only their full names are recognised.</summary>
    private static readonly string[] UnindexedShortNames = ["阿里"];

    /// <summary>Words that end the district part of an answer ("在东莞干活", "深圳宝安那边").</summary>
    private static readonly string[] StopWords =
    [
        "干活", "打工", "上班", "工作", "做工", "做事", "上工", "务工", "干了", "做了", "干过", "做过", "那边", "这边",
        "那里", "这里", "附近", "一带", "一个", "这个", "那个", "工地", "厂里", "工厂", "老板", "公司", "项目", "工资",
        "欠钱", "欠薪", "他们", "城里", "乡下", "农村", "老家", "的", "了", "在", "呢", "啊", "吧", "呀", "啦", "嘛",
        "我", "俺",
    ];

    private readonly Data data;

    /// <summary>Creates a catalogue over the embedded data, which is read and indexed once per process.</summary>
    /// <exception cref="InvalidOperationException">The data file was not embedded in the assembly.</exception>
    public RegionCatalog()
    {
        data = SharedData.Value;
    }

    /// <summary>The full names of the 34 provincial-level divisions, in the order of the data file.</summary>
    public IReadOnlyList<string> Provinces => data.ProvinceNames;

    /// <summary>
    /// The full names of a province's prefecture-level divisions (for a municipality, the municipality itself);
    /// empty for an unknown name. Never throws.
    /// </summary>
    /// <param name="province">A province's full or short name, e.g. "广东省" or "广东".</param>
    /// <returns>The city full names in the order of the data file.</returns>
    public IReadOnlyList<string> CitiesOf(string? province)
    {
        if (string.IsNullOrEmpty(province) || !data.Names.TryGetValue(province, out var entry) || entry.Province is null)
        {
            return [];
        }

        return [.. entry.Province.Cities.Select(city => city.FullName)];
    }

    /// <summary>
    /// Recognises the province, city and (best effort) district in a worker's answer. Never throws.
    /// </summary>
    /// <param name="text">What the worker typed; may be null.</param>
    /// <returns>The match, or null when no province or city is recognised ("俺老家", "不知道").</returns>
    public RegionMatch? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = RightsBot.Localization.ChineseText.Normalize(text);
        if (!TryFind(compact, 0, static _ => true, out var first))
        {
            return null;
        }

        Province province;
        City? city;
        int end;
        if (first.Entry.Province is { } named)
        {
            province = named;
            end = first.End;
            if (TryFind(compact, end, entry => entry.Cities.Any(c => c.Province == named), out var next))
            {
                city = next.Entry.Cities.First(c => c.Province == named);
                end = next.End;
            }
            else
            {
                city = named.IsMunicipality ? named.Cities[0] : null;
            }
        }
        else
        {
            city = first.Entry.Cities[0];
            province = city.Province;
            end = first.End;
        }

        var district = ExtractDistrict(compact.AsSpan(end));
        return new RegionMatch(province.FullName, city?.FullName, district, text.Trim());
    }

    private bool TryFind(string compact, int from, Func<NameEntry, bool> accept, out Found found)
    {
        var span = compact.AsSpan();
        for (var start = from; start < span.Length; start++)
        {
            for (var length = Math.Min(data.MaxNameLength, span.Length - start); length >= data.MinNameLength; length--)
            {
                if (data.Lookup.TryGetValue(span.Slice(start, length), out var entry) && accept(entry))
                {
                    found = new Found(entry, start + length);
                    return true;
                }
            }
        }

        found = default;
        return false;
    }

    /// <summary>
    /// The district part of what follows the city: the whole remainder when it ends in 区/县/市/旗, else the text up
    /// to the first 区/县/市/旗 near its start, else its first 2 to 4 Chinese characters, each time stopping at a
    /// word such as 干活 or 那边.
    /// </summary>
    private static string? ExtractDistrict(ReadOnlySpan<char> remainder)
    {
        while (remainder.Length > 0 && remainder[0] == '的')
        {
            remainder = remainder[1..];
        }

        if (remainder.Length is >= 2 and <= MaxWholeRemainderDistrict && IsDistrictSuffix(remainder[^1])
            && !ContainsMultiCharacterStopWord(remainder) && AllChinese(remainder))
        {
            return remainder.ToString();
        }

        var cut = remainder.Length;
        for (var i = 0; i < remainder.Length && cut == remainder.Length; i++)
        {
            if (!IsChinese(remainder[i]) || StartsWithStopWord(remainder[i..]))
            {
                cut = i;
            }
        }

        var head = remainder[..cut];
        for (var i = 1; i < Math.Min(head.Length, MaxDistrictSearch); i++)
        {
            if (IsDistrictSuffix(head[i]))
            {
                return head[..(i + 1)].ToString();
            }
        }

        return head.Length >= 2 ? head[..Math.Min(head.Length, FallbackDistrictLength)].ToString() : null;
    }

    private static bool IsDistrictSuffix(char c) => c is '区' or '县' or '市' or '旗';

    private static bool IsChinese(char c) => c is >= '\u3400' and <= '\u9FFF' || char.IsSurrogate(c);

    private static bool AllChinese(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsChinese(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithStopWord(ReadOnlySpan<char> text)
    {
        foreach (var word in StopWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsMultiCharacterStopWord(ReadOnlySpan<char> text)
    {
        foreach (var word in StopWords)
        {
            if (word.Length > 1 && text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Data Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource {ResourceName} is missing from {typeof(RegionCatalog).Assembly.GetName().Name}; " +
                "the project file must embed Cases/Regions/regions.tsv with that LogicalName.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    private static Data Parse(TextReader reader)
    {
        var provinces = new List<Province>();
        var byName = new Dictionary<string, Province>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0].Length == 0 || columns[1].Length == 0)
            {
                throw new InvalidDataException($"{ResourceName}: bad line \"{line}\".");
            }

            if (!byName.TryGetValue(columns[0], out var province))
            {
                province = new Province(columns[0].Trim(), columns[1].Trim());
                byName.Add(province.FullName, province);
                provinces.Add(province);
            }

            if (columns.Length >= 4 && columns[2].Trim().Length > 0 && columns[3].Trim().Length > 0)
            {
                province.Cities.Add(new City(columns[2].Trim(), columns[3].Trim(), province));
            }
        }

        var names = new Dictionary<string, NameEntry>(StringComparer.Ordinal);
        foreach (var province in provinces)
        {
            AddProvince(names, province.FullName, province);
            AddProvince(names, province.ShortName, province);
            if (province.FullName.EndsWith("自治区", StringComparison.Ordinal))
            {
                AddProvince(names, province.ShortName + "自治区", province);
            }

            foreach (var city in province.Cities)
            {
                AddCity(names, city.FullName, city);
                if (!UnindexedShortNames.Contains(city.ShortName))
                {
                    AddCity(names, city.ShortName, city);
                }

                if (city.FullName.EndsWith("自治州", StringComparison.Ordinal))
                {
                    AddCity(names, city.ShortName + "州", city);
                }
            }
        }

        if (byName.TryGetValue("内蒙古自治区", out var innerMongolia))
        {
            AddProvince(names, "内蒙", innerMongolia);
        }

        if (provinces.SelectMany(p => p.Cities).FirstOrDefault(c => c.FullName == "襄阳市") is { } xiangyang)
        {
            AddCity(names, "襄樊", xiangyang);
            AddCity(names, "襄樊市", xiangyang);
        }

        return new Data(provinces, names);
    }

    private static void AddProvince(Dictionary<string, NameEntry> names, string name, Province province)
    {
        GetEntry(names, name).Province ??= province;
    }

    private static void AddCity(Dictionary<string, NameEntry> names, string name, City city)
    {
        var entry = GetEntry(names, name);
        if (!entry.Cities.Contains(city))
        {
            entry.Cities.Add(city);
        }
    }

    private static NameEntry GetEntry(Dictionary<string, NameEntry> names, string name)
    {
        if (!names.TryGetValue(name, out var entry))
        {
            entry = new NameEntry();
            names.Add(name, entry);
        }

        return entry;
    }

    private readonly record struct Found(NameEntry Entry, int End);

    private sealed class Province(string fullName, string shortName)
    {
        public string FullName { get; } = fullName;

        public string ShortName { get; } = shortName;

        public List<City> Cities { get; } = [];

        /// <summary>A municipality or special administrative region: its one "city" is itself.</summary>
        public bool IsMunicipality => Cities.Count == 1 && Cities[0].FullName == FullName;
    }

    private sealed class City(string fullName, string shortName, Province province)
    {
        public string FullName { get; } = fullName;

        public string ShortName { get; } = shortName;

        public Province Province { get; } = province;
    }

    private sealed class NameEntry
    {
        public Province? Province { get; set; }

        public List<City> Cities { get; } = [];
    }

    private sealed class Data
    {
        public Data(List<Province> provinces, Dictionary<string, NameEntry> names)
        {
            ProvinceNames = [.. provinces.Select(p => p.FullName)];
            Names = names;
            Lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            MaxNameLength = names.Keys.Max(k => k.Length);
            MinNameLength = names.Keys.Min(k => k.Length);
        }

        public IReadOnlyList<string> ProvinceNames { get; }

        public Dictionary<string, NameEntry> Names { get; }

        public Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int MaxNameLength { get; }

        public int MinNameLength { get; }
    }
}
