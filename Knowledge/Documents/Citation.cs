namespace RightsBot.Knowledge.Documents;

/// <summary>A law (as named in the law list) and the article of it that supports an answer.</summary>
/// <param name="Law">The law's name, as in <c>laws.yaml</c>.</param>
/// <param name="Article">The article, e.g. <c>第30条</c> or <c>第42条第（三）项</c>.</param>
/// <param name="Version">The law's version as given in the law list, e.g. <c>2020-05-01施行</c>.</param>
public sealed record Citation(string Law, string Article, string Version)
{
    /// <summary>The citation as shown to a worker: 《保障农民工工资支付条例》第30条（2020-05-01施行）.</summary>
    public override string ToString() => $"《{Law}》{Article}（{Version}）";
}
