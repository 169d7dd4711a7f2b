namespace RightsBot.Cases.Validation;

/// <summary>
/// Maps how a worker describes the job ("工地上搬砖", "电子厂流水线", "跑美团") to one of ten industry groups, loosely
/// after the sections of GB/T 4754 but merged into the groups a labour-rights caseworker triages by.
/// </summary>
/// <remarks>
/// Matching: the answer is folded (full-width to ASCII, lower case) and stripped of spaces, punctuation and emoji,
/// then every keyword found in it scores its weight (its length, so "网约车" beats "司机"); the best score wins and ties
/// go to the keyword found first in the answer. Decisions on words that fit several groups:
/// <list type="bullet">
/// <item>Delivery, couriers and ride-hailing (外卖, 骑手, 快递, 跑腿, 网约车, 滴滴, 代驾, 货拉拉) and live-streaming are
/// 信息技术和平台用工, as is software work; a taxi, bus or lorry driver, a warehouse or a logistics company is 交通运输和物流.</item>
/// <item>Welders, electricians, carpenters, painters and odd-job labourers (焊工, 水电工, 木工, 油漆工, 小工) are 建筑业:
/// that is where most of them are owed wages. A single 厂 ("厂里") is 制造业 and outweighs one two-character word, so
/// "水泥厂" and "砖厂" are factories.</item>
/// <item>Security guards, property management, sanitation and cleaners (保安, 物业, 环卫, 保洁) go with household
/// services under 居民服务和家政, as do care workers, hairdressers and repair shops.</item>
/// <item>Online shops and e-commerce (网店, 电商) are 批发零售; a bare 店 ("店里") is 批发零售 unless a stronger word such
/// as 饭店 says otherwise.</item>
/// <item>A bare 矿 is 采矿业, but 矿泉水 is 制造业.</item>
/// </list>
/// </remarks>
public static class IndustryCatalog
{
    /// <summary>建筑业: construction sites, renovation, roads and bridges.</summary>
    public const string Construction = "建筑业";

    /// <summary>制造业: factories and workshops.</summary>
    public const string Manufacturing = "制造业";

    /// <summary>交通运输和物流: drivers, haulage, warehouses, ports.</summary>
    public const string Transport = "交通运输和物流";

    /// <summary>批发零售: shops, supermarkets, markets, sales.</summary>
    public const string Retail = "批发零售";

    /// <summary>住宿餐饮: restaurants, hotels, canteens.</summary>
    public const string Hospitality = "住宿餐饮";

    /// <summary>居民服务和家政: domestic work, cleaning, care, security, personal services, repairs.</summary>
    public const string HouseholdServices = "居民服务和家政";

    /// <summary>农林牧渔: farming, forestry, animal husbandry, fishing.</summary>
    public const string Agriculture = "农林牧渔";

    /// <summary>采矿业: mines and quarries.</summary>
    public const string Mining = "采矿业";

    /// <summary>信息技术和平台用工: software work and platform gig work (delivery, ride-hailing, couriers).</summary>
    public const string Platform = "信息技术和平台用工";

    /// <summary>其他: anything the catalogue does not recognise.</summary>
    public const string Other = "其他";

    private const int SingleCharacterStrongWeight = 25;

    private static readonly (string Keyword, string Industry)[] Keywords =
    [
        .. Words(Construction,
            "建筑", "搞建筑", "建筑工地", "工地", "盖房", "盖房子", "盖楼", "建房", "装修", "装饰", "家装", "钢筋", "钢筋工",
            "扎钢筋", "泥瓦", "泥瓦匠", "泥水匠", "瓦工", "瓦匠", "木工", "模板工", "支模", "架子工", "脚手架", "水电工",
            "电焊", "焊工", "油漆工", "刷墙", "粉刷", "腻子", "防水", "砌墙", "砌砖", "贴砖", "瓷砖", "吊顶", "小工", "杂工",
            "包工头", "施工", "项目部", "工程队", "工程款", "建筑工程", "搬砖", "混凝土", "打灰", "塔吊", "市政", "修路",
            "路桥", "桥梁", "隧道", "铺路", "拆迁", "拆除", "砌筑", "幕墙", "基建"),
        .. Words(Manufacturing,
            "制造", "工厂", "厂里", "进厂", "打螺丝", "流水线", "生产线", "电子厂", "服装厂", "制衣", "制衣厂", "车间",
            "鞋厂", "玩具厂", "加工", "加工厂", "代工", "富士康", "普工", "组装", "装配", "纺织", "注塑", "五金", "机械厂",
            "汽配", "模具", "包装厂", "食品厂", "家具厂", "印刷", "印刷厂", "质检", "操作工", "缝纫", "车缝", "车工",
            "砖厂", "水泥厂", "矿泉水", "工业园"),
        .. Words(Transport,
            "交通运输", "运输", "物流", "货车", "大车", "开大车", "卡车", "货运", "拉货", "跑运输", "司机", "仓库", "仓储",
            "搬运", "装卸", "搬家", "公交", "客运", "大巴", "出租车", "开出租", "的哥", "码头", "港口", "铁路", "船员",
            "海员", "分拣", "押运", "挂车"),
        .. Words(Retail,
            "批发", "零售", "超市", "商场", "商店", "卖场", "门店", "店员", "导购", "销售", "售货员", "收银", "收银员",
            "便利店", "专卖店", "服装店", "手机店", "菜市场", "农贸市场", "摆摊", "卖菜", "卖衣服", "网店", "电商", "药店"),
        .. Words(Hospitality,
            "住宿", "餐饮", "饭店", "餐馆", "餐厅", "酒店", "宾馆", "旅馆", "酒楼", "饭馆", "食堂", "后厨", "厨师", "厨房",
            "服务员", "传菜", "洗碗", "帮厨", "奶茶", "火锅", "烧烤", "快餐", "小吃", "面馆", "民宿", "招待所", "配菜",
            "切菜", "打荷", "做饭"),
        .. Words(HouseholdServices,
            "居民服务", "家政", "保姆", "月嫂", "育儿嫂", "护工", "陪护", "保洁", "清洁", "清洁工", "钟点工", "搞卫生", "打扫",
            "环卫", "理发", "美发", "美容", "美甲", "足浴", "洗脚", "按摩", "洗车", "汽修", "修车", "维修", "保安", "物业",
            "洗衣", "养老院", "家电维修", "开锁"),
        .. Words(Agriculture,
            "农林牧渔", "农业", "林业", "畜牧", "渔业", "种地", "种田", "农场", "农活", "果园", "摘果", "摘水果", "采茶",
            "摘棉花", "拾棉花", "养殖", "养猪", "养鸡", "养鸭", "养牛", "养鱼", "猪场", "鸡场", "养殖场", "渔船", "打鱼", "务农", "干农活",
            "捕鱼", "林场", "伐木", "砍树", "放羊", "放牛", "牧场", "大棚", "苗圃", "割胶", "收割"),
        .. Words(Mining,
            "采矿", "煤矿", "矿山", "矿井", "挖煤", "下井", "井下", "矿工", "采石", "石场", "采石场", "采砂", "金矿", "铁矿",
            "油田", "采矿业"),
        .. Words(Platform,
            "信息技术", "平台", "外卖", "送外卖", "外卖员", "骑手", "美团", "饿了么", "快递", "快递员", "送快递", "跑腿", "闪送",
            "网约车", "滴滴", "货拉拉", "代驾", "主播", "直播", "带货", "程序员", "软件", "互联网", "it行业", "it公司", "做it", "搞it", "码农", "众包",
            "顺丰", "京东", "中通", "圆通", "申通", "韵达", "菜鸟", "配送", "送餐", "数据标注", "网络公司", "游戏公司"),
        (Other, Other),
        ("其它", Other),
    ];

    /// <summary>
    /// One-character keywords, weighed as more than one two-character word: 厂 makes "水泥厂" a factory; 矿 and 店
    /// are weak fall-backs that any longer word outweighs. 农 is deliberately absent: every 农民工 would be a farmer.
    /// </summary>
    private static readonly (char Keyword, string Industry, int Weight)[] SingleCharacters =
    [
        ('厂', Manufacturing, SingleCharacterStrongWeight),
        ('矿', Mining, 10),
        ('店', Retail, 10),
    ];

    /// <summary>The ten industry groups in the order the bot offers them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Construction,
        Manufacturing,
        Transport,
        Retail,
        Hospitality,
        HouseholdServices,
        Agriculture,
        Mining,
        Platform,
        Other,
    ];

    /// <summary>
    /// Maps a worker's description of the job to one of <see cref="All"/>. Never throws.
    /// </summary>
    /// <param name="text">What the worker typed; may be null.</param>
    /// <returns>
    /// Null when the answer is empty or holds no letter or digit (only spaces, punctuation or emoji);
    /// <see cref="Other"/> when nothing in it is recognised; otherwise the best-matching group.
    /// </returns>
    public static string? Normalize(string? text)
    {
        var compact = RightsBot.Localization.ChineseText.Normalize(text);
        if (compact.Length == 0)
        {
            return null;
        }

        if (compact == "it")
        {
            return Platform; // "IT" alone; inside longer Latin text "it" is usually an English word
        }

        string? best = null;
        var bestWeight = 0;
        var bestPosition = int.MaxValue;
        foreach (var (keyword, industry) in Keywords)
        {
            var position = compact.IndexOf(keyword, StringComparison.Ordinal);
            Consider(industry, keyword.Length * 10, position, ref best, ref bestWeight, ref bestPosition);
        }

        foreach (var (keyword, industry, weight) in SingleCharacters)
        {
            Consider(industry, weight, compact.IndexOf(keyword, StringComparison.Ordinal), ref best, ref bestWeight, ref bestPosition);
        }

        return best ?? Other;
    }

    private static void Consider(string industry, int weight, int position, ref string? best, ref int bestWeight, ref int bestPosition)
    {
        if (position < 0)
        {
            return;
        }

        if (weight > bestWeight || (weight == bestWeight && position < bestPosition))
        {
            best = industry;
            bestWeight = weight;
            bestPosition = position;
        }
    }

    private static IEnumerable<(string Keyword, string Industry)> Words(string industry, params string[] keywords) =>
        keywords.Select(keyword => (keyword, industry));
}
