using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// Lucene analysis for workers' Chinese: the text arrives already folded and canonicalised
/// (<see cref="TextNormalizer"/>, <see cref="SynonymMap"/>); it is cut into Han characters and overlapping character
/// pairs (CJK bigrams, the usual substitute for a word segmenter), with filler characters dropped as single tokens.
/// </summary>
internal sealed class WorkerTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopUnigrams = new(Version,
        new[] { "的", "了", "吗", "呢", "啊", "吧", "呀", "哦", "嘛", "么", "我", "你", "他", "她", "它", "们", "是", "在", "就", "都", "也", "还", "和", "跟", "这", "那", "个", "有", "要", "能", "会", "说", "把", "被", "给", "让", "去", "来", "到", "很", "咋", "怎", "啥", "么", "可", "以", "请", "问", "下", "一" },
        ignoreCase: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKBigramFilter(tokenizer, CJKScript.HAN, outputUnigrams: true);
        stream = new StopFilter(Version, stream, StopUnigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
