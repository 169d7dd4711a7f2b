using RightsBot.Cases.Validation;

namespace RightsBot.Tests.Cases.Validation;

public sealed class IndustryCatalogTests
{
    [Theory]
    [InlineData("工地", "建筑业")]
    [InlineData("在工地上搬砖", "建筑业")]
    [InlineData("搞建筑", "建筑业")]
    [InlineData("装修", "建筑业")]
    [InlineData("钢筋工", "建筑业")]
    [InlineData("泥瓦匠", "建筑业")]
    [InlineData("干木工的", "建筑业")]
    [InlineData("电焊", "建筑业")]
    [InlineData("跟包工头干", "建筑业")]
    [InlineData("修路", "建筑业")]
    [InlineData("工地食堂做饭", "建筑业")]
    [InlineData("厂里", "制造业")]
    [InlineData("流水线", "制造业")]
    [InlineData("电子厂", "制造业")]
    [InlineData("进厂打螺丝", "制造业")]
    [InlineData("服装厂车位", "制造业")]
    [InlineData("水泥厂", "制造业")]
    [InlineData("砖厂", "制造业")]
    [InlineData("矿泉水厂", "制造业")]
    [InlineData("富士康", "制造业")]
    [InlineData("送外卖", "信息技术和平台用工")]
    [InlineData("快递", "信息技术和平台用工")]
    [InlineData("跑腿", "信息技术和平台用工")]
    [InlineData("网约车", "信息技术和平台用工")]
    [InlineData("网约车司机", "信息技术和平台用工")]
    [InlineData("开滴滴", "信息技术和平台用工")]
    [InlineData("美团骑手", "信息技术和平台用工")]
    [InlineData("程序员", "信息技术和平台用工")]
    [InlineData("IT", "信息技术和平台用工")]
    [InlineData("ＩＴ行业", "信息技术和平台用工")]
    [InlineData("开大车", "交通运输和物流")]
    [InlineData("货车司机", "交通运输和物流")]
    [InlineData("物流公司", "交通运输和物流")]
    [InlineData("仓库搬运", "交通运输和物流")]
    [InlineData("开出租", "交通运输和物流")]
    [InlineData("超市", "批发零售")]
    [InlineData("商场导购", "批发零售")]
    [InlineData("在店里卖衣服", "批发零售")]
    [InlineData("饭店", "住宿餐饮")]
    [InlineData("饭店服务员", "住宿餐饮")]
    [InlineData("酒店后厨", "住宿餐饮")]
    [InlineData("洗碗", "住宿餐饮")]
    [InlineData("保姆", "居民服务和家政")]
    [InlineData("家政", "居民服务和家政")]
    [InlineData("月嫂", "居民服务和家政")]
    [InlineData("保安", "居民服务和家政")]
    [InlineData("小区保洁", "居民服务和家政")]
    [InlineData("理发店", "居民服务和家政")]
    [InlineData("种地", "农林牧渔")]
    [InlineData("养殖场", "农林牧渔")]
    [InlineData("摘棉花", "农林牧渔")]
    [InlineData("渔船", "农林牧渔")]
    [InlineData("煤矿", "采矿业")]
    [InlineData("下井挖煤", "采矿业")]
    [InlineData("矿上", "采矿业")]
    [InlineData("建筑业", "建筑业")]
    [InlineData("制造业", "制造业")]
    [InlineData("交通运输和物流", "交通运输和物流")]
    [InlineData("批发零售", "批发零售")]
    [InlineData("住宿餐饮", "住宿餐饮")]
    [InlineData("居民服务和家政", "居民服务和家政")]
    [InlineData("农林牧渔", "农林牧渔")]
    [InlineData("采矿业", "采矿业")]
    [InlineData("信息技术和平台用工", "信息技术和平台用工")]
    [InlineData("其他", "其他")]
    [InlineData(" 工　地！", "建筑业")]
    [InlineData("😀工地😀", "建筑业")]
    public void Normalize_WorkerWords_ReturnsIndustry(string text, string expected)
    {
        Assert.Equal(expected, IndustryCatalog.Normalize(text));
    }

    [Theory]
    [InlineData("农民工")]
    [InlineData("不知道")]
    [InlineData("老师")]
    [InlineData("security")]
    [InlineData("abc")]
    [InlineData("12345")]
    [InlineData("'; DROP TABLE cases; --")]
    [InlineData("<script>alert('x')</script>")]
    public void Normalize_UnrecognisedText_ReturnsOther(string text)
    {
        Assert.Equal(IndustryCatalog.Other, IndustryCatalog.Normalize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("😀😀")]
    [InlineData("。。。！")]
    [InlineData("\uD83D")]
    public void Normalize_EmptyOrNoWords_ReturnsNull(string? text)
    {
        Assert.Null(IndustryCatalog.Normalize(text));
    }

    [Fact]
    public void Normalize_TenThousandCharacters_DoesNotThrow()
    {
        Assert.Equal(IndustryCatalog.Other, IndustryCatalog.Normalize(new string('啊', 10_000)));
        Assert.Equal("建筑业", IndustryCatalog.Normalize(new string('啊', 10_000) + "工地"));
    }

    [Fact]
    public void Normalize_RandomText_NeverThrows()
    {
        var random = new Random(20240601);
        const string alphabet = "工地厂外卖店矿司机饭保安 IT it😀\uD83D\u0000<>'\";";
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var industry = IndustryCatalog.Normalize(new string(chars));
            Assert.True(industry is null || IndustryCatalog.All.Contains(industry));
        }
    }

    [Fact]
    public void All_DisplayOrder_IsTheTenGroups()
    {
        Assert.Equal(
            ["建筑业", "制造业", "交通运输和物流", "批发零售", "住宿餐饮", "居民服务和家政", "农林牧渔", "采矿业", "信息技术和平台用工", "其他"],
            IndustryCatalog.All);
    }

    [Fact]
    public void Normalize_AnyAnswer_ReturnsAMemberOfAll()
    {
        string[] answers = ["工地", "厂", "外卖", "随便", "矿", "店", "司机", "x"];
        foreach (var answer in answers)
        {
            Assert.Contains(IndustryCatalog.Normalize(answer), IndustryCatalog.All);
        }
    }
}
