using RightsBot.Cases.Regions;

namespace RightsBot.Tests.Cases.Regions;

public sealed class RegionCatalogTests
{
    private static readonly string[] MunicipalitiesAndSars = ["北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"];

    private readonly RegionCatalog catalog = new();

    [Theory]
    [InlineData("广东深圳宝安区", "广东省", "深圳市", "宝安区")]
    [InlineData("深圳 宝安", "广东省", "深圳市", "宝安")]
    [InlineData("在东莞干活", "广东省", "东莞市", null)]
    [InlineData("北京朝阳", "北京市", "北京市", "朝阳")]
    [InlineData("重庆", "重庆市", "重庆市", null)]
    [InlineData("湖北省武汉市洪山区", "湖北省", "武汉市", "洪山区")]
    [InlineData("新疆乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", null)]
    [InlineData("广东省深圳市", "广东省", "深圳市", null)]
    [InlineData("深圳", "广东省", "深圳市", null)]
    [InlineData("深圳市宝安区福永街道", "广东省", "深圳市", "宝安区")]
    [InlineData("东莞长安镇", "广东省", "东莞市", "长安镇")]
    [InlineData("深圳宝安那边的工地", "广东省", "深圳市", "宝安")]
    [InlineData("广东人，在深圳龙岗打工", "广东省", "深圳市", "龙岗")]
    [InlineData("上海浦东新区", "上海市", "上海市", "浦东新区")]
    [InlineData("天津市和平区", "天津市", "天津市", "和平区")]
    [InlineData("内蒙古鄂尔多斯", "内蒙古自治区", "鄂尔多斯市", null)]
    [InlineData("内蒙包头", "内蒙古自治区", "包头市", null)]
    [InlineData("内蒙古自治区锡林郭勒盟", "内蒙古自治区", "锡林郭勒盟", null)]
    [InlineData("恩施州", "湖北省", "恩施土家族苗族自治州", null)]
    [InlineData("湖北恩施", "湖北省", "恩施土家族苗族自治州", null)]
    [InlineData("西双版纳", "云南省", "西双版纳傣族自治州", null)]
    [InlineData("喀什地区", "新疆维吾尔自治区", "喀什地区", null)]
    [InlineData("大兴安岭", "黑龙江省", "大兴安岭地区", null)]
    [InlineData("襄樊", "湖北省", "襄阳市", null)]
    [InlineData("广西南宁", "广西壮族自治区", "南宁市", null)]
    [InlineData("广西壮族自治区柳州市柳江区", "广西壮族自治区", "柳州市", "柳江区")]
    [InlineData("陕西安康", "陕西省", "安康市", null)]
    [InlineData("江西安义县", "江西省", null, "安义县")]
    [InlineData("黑龙江哈尔滨", "黑龙江省", "哈尔滨市", null)]
    [InlineData("长沙县", "湖南省", "长沙市", null)]
    [InlineData("香港", "香港特别行政区", "香港特别行政区", null)]
    [InlineData("台湾", "台湾省", null, null)]
    [InlineData("广东", "广东省", null, null)]
    [InlineData("在湖北干活", "湖北省", null, null)]
    [InlineData("湖北仙桃", "湖北省", null, "仙桃")]
    [InlineData("ＧＤ广东　深圳！！宝安区😀", "广东省", "深圳市", "宝安区")]
    [InlineData("苏州工业园区", "江苏省", "苏州市", "工业园区")]
    [InlineData("北京市朝阳区", "北京市", "北京市", "朝阳区")]
    [InlineData("广东省东莞市长安镇", "广东省", "东莞市", "长安镇")]
    [InlineData("在深圳宝安区的工地干活", "广东省", "深圳市", "宝安区")]
    [InlineData("  深圳  ", "广东省", "深圳市", null)]
    [InlineData("深圳123号", "广东省", "深圳市", null)]
    public void Normalize_FreeText_ReturnsProvinceCityDistrict(string text, string province, string? city, string? district)
    {
        var match = catalog.Normalize(text);

        Assert.NotNull(match);
        Assert.Equal(province, match.Province);
        Assert.Equal(city, match.City);
        Assert.Equal(district, match.District);
        Assert.Equal(text.Trim(), match.Original);
    }

    [Theory]
    [InlineData("吉林", "吉林省", null)]
    [InlineData("吉林省", "吉林省", null)]
    [InlineData("吉林市", "吉林省", "吉林市")]
    [InlineData("吉林省吉林市", "吉林省", "吉林市")]
    [InlineData("吉林吉林", "吉林省", "吉林市")]
    [InlineData("吉林长春", "吉林省", "长春市")]
    [InlineData("延边", "吉林省", "延边朝鲜族自治州")]
    [InlineData("海南", "海南省", null)]
    [InlineData("海南海口", "海南省", "海口市")]
    [InlineData("海南三亚", "海南省", "三亚市")]
    [InlineData("海南州", "青海省", "海南藏族自治州")]
    [InlineData("海南藏族自治州", "青海省", "海南藏族自治州")]
    [InlineData("青海海南", "青海省", "海南藏族自治州")]
    [InlineData("青海省海南州共和县", "青海省", "海南藏族自治州")]
    [InlineData("北京", "北京市", "北京市")]
    [InlineData("朝阳", "辽宁省", "朝阳市")]
    [InlineData("辽宁朝阳", "辽宁省", "朝阳市")]
    [InlineData("阿里地区", "西藏自治区", "阿里地区")]
    public void Normalize_AmbiguousName_PrefersProvinceUnlessTextSaysCity(string text, string province, string? city)
    {
        var match = catalog.Normalize(text);

        Assert.NotNull(match);
        Assert.Equal(province, match.Province);
        Assert.Equal(city, match.City);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("俺老家")]
    [InlineData("不知道")]
    [InlineData("在阿里巴巴上班")]
    [InlineData("😀😀😀")]
    [InlineData("shenzhen")]
    [InlineData("12345")]
    [InlineData("'; DROP TABLE cases; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\uD83D\u0000")]
    public void Normalize_NoPlace_ReturnsNull(string? text)
    {
        Assert.Null(catalog.Normalize(text));
    }

    [Fact]
    public void Normalize_TenThousandCharacters_DoesNotThrow()
    {
        Assert.Null(catalog.Normalize(new string('啊', 10_000)));

        var match = catalog.Normalize(new string('啊', 10_000) + "深圳宝安区");

        Assert.NotNull(match);
        Assert.Equal("深圳市", match.City);
        Assert.Equal("宝安区", match.District);
    }

    [Fact]
    public void Normalize_RandomText_NeverThrows()
    {
        var random = new Random(20240601);
        const string alphabet = "广东深圳北京吉林海南市区县省自治州的了在干活 -_,.。！😀<>'\";\uD83D\u0000abc123１２３";
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var match = catalog.Normalize(new string(chars));
            if (match is not null)
            {
                Assert.Contains(match.Province, catalog.Provinces);
            }
        }
    }

    [Fact]
    public void Normalize_PlaceInsideHtml_FindsThePlace()
    {
        var match = catalog.Normalize("<b>广州</b>");

        Assert.NotNull(match);
        Assert.Equal("广东省", match.Province);
        Assert.Equal("广州市", match.City);
    }

    [Fact]
    public void Provinces_Catalogue_HasThirtyFourProvincialDivisions()
    {
        Assert.Equal(34, catalog.Provinces.Count);
        Assert.Equal(34, catalog.Provinces.Distinct().Count());
        Assert.All(catalog.Provinces, name => Assert.Matches("(省|市|自治区|特别行政区)$", name));
        Assert.Contains("广东省", catalog.Provinces);
        Assert.Contains("新疆维吾尔自治区", catalog.Provinces);
        Assert.Contains("台湾省", catalog.Provinces);
    }

    [Fact]
    public void CitiesOf_AllProvinces_HaveThe333PrefectureLevelDivisions()
    {
        var cities = catalog.Provinces
            .SelectMany(province => catalog.CitiesOf(province))
            .Where(city => !MunicipalitiesAndSars.Contains(city))
            .ToList();

        Assert.Equal(333, cities.Count);
        Assert.Equal(cities.Count, cities.Distinct().Count());
        Assert.Equal(293, cities.Count(c => c.EndsWith('市')));
        Assert.Equal(30, cities.Count(c => c.EndsWith("自治州", StringComparison.Ordinal)));
        Assert.Equal(7, cities.Count(c => c.EndsWith("地区", StringComparison.Ordinal)));
        Assert.Equal(3, cities.Count(c => c.EndsWith('盟')));
    }

    [Theory]
    [InlineData("广东省", 21)]
    [InlineData("广东", 21)]
    [InlineData("河南省", 17)]
    [InlineData("四川省", 21)]
    [InlineData("新疆维吾尔自治区", 14)]
    [InlineData("西藏自治区", 7)]
    [InlineData("海南省", 4)]
    [InlineData("北京市", 1)]
    [InlineData("台湾省", 0)]
    [InlineData("不存在", 0)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void CitiesOf_Province_ReturnsItsPrefectureLevelDivisions(string? province, int count)
    {
        Assert.Equal(count, catalog.CitiesOf(province).Count);
    }

    [Fact]
    public void CitiesOf_Municipality_IsItself()
    {
        foreach (var municipality in MunicipalitiesAndSars)
        {
            Assert.Equal([municipality], catalog.CitiesOf(municipality));
        }
    }

    [Fact]
    public void Normalize_EveryCatalogueName_IsRecognisedAsItself()
    {
        foreach (var province in catalog.Provinces)
        {
            var match = catalog.Normalize(province);
            Assert.NotNull(match);
            Assert.Equal(province, match.Province);

            foreach (var city in catalog.CitiesOf(province))
            {
                var cityMatch = catalog.Normalize(city);
                Assert.NotNull(cityMatch);
                Assert.Equal(province, cityMatch.Province);
                Assert.Equal(city, cityMatch.City);
                Assert.Null(cityMatch.District);
            }
        }
    }

    [Fact]
    public void Normalize_ProvinceThenCityForEveryCity_ReturnsThatCity()
    {
        foreach (var province in catalog.Provinces)
        {
            foreach (var city in catalog.CitiesOf(province))
            {
                var match = catalog.Normalize(province + city + "某某区");
                Assert.NotNull(match);
                Assert.Equal(province, match.Province);
                Assert.Equal(city, match.City);
                Assert.Equal("某某区", match.District);
            }
        }
    }

    [Fact]
    public void Constructor_SecondInstance_SharesTheLoadedData()
    {
        var other = new RegionCatalog();

        Assert.Same(catalog.Provinces, other.Provinces);
    }

    [Fact]
    public void ResourceName_IsTheLogicalNameTheProjectEmbeds()
    {
        Assert.Equal("RightsBot.Cases.Regions.regions.tsv", RegionCatalog.ResourceName);
        Assert.Contains(RegionCatalog.ResourceName, typeof(RegionCatalog).Assembly.GetManifestResourceNames());
    }
}
