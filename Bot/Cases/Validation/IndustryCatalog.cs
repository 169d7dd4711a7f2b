namespace RightsBot.Cases.Validation;

/// <summary>Workers' words for their line of work, mapped to the industries the statistics use.</summary>
public static class IndustryCatalog
{
    private static readonly (string Industry, string[] Words)[] Table =
    [
        ("建筑业", ["建筑", "工地", "装修", "钢筋", "泥瓦", "木工", "架子工", "水电", "搬砖", "施工", "工程", "盖楼", "修路", "桥"]),
        ("制造业", ["制造", "工厂", "厂里", "电子厂", "流水线", "车间", "服装厂", "鞋厂", "厂"]),
        ("信息技术和平台用工", ["外卖", "骑手", "网约车", "跑腿", "平台", "快递", "主播"]),
        ("交通运输和物流", ["物流", "运输", "司机", "货车", "搬运", "仓库", "装卸"]),
        ("批发零售", ["批发", "零售", "超市", "商场", "卖货", "销售", "店员"]),
        ("住宿餐饮", ["餐饮", "饭店", "餐馆", "酒店", "宾馆", "厨师", "服务员", "后厨"]),
        ("居民服务和家政", ["家政", "保姆", "保洁", "月嫂", "物业", "保安", "理发", "洗浴"]),
        ("农林牧渔", ["农", "林", "牧", "渔", "养殖", "种地", "果园"]),
        ("采矿业", ["矿", "采石", "煤"]),
    ];

    /// <summary>The industries in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Industry), "其他"];

    /// <summary>The industry a worker's words point to; 其他 when none; null for empty input.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var said = text.Trim();
        if (All.Contains(said, StringComparer.Ordinal))
        {
            return said;
        }

        foreach (var (industry, words) in Table)
        {
            if (words.Any(w => said.Contains(w, StringComparison.Ordinal)))
            {
                return industry;
            }
        }

        return "其他";
    }
}
