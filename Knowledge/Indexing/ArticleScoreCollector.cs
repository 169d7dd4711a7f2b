using Lucene.Net.Index;
using Lucene.Net.Search;

namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// Collects every matching document straight into per-article scores (best question, second-best question, body),
/// with no sorting, no top-N cut-off and no stored-field reads: the document-to-article map is built once.
/// </summary>
internal sealed class ArticleScoreCollector(int[] docArticle, bool[] docIsBody, int articleCount) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public float[] Best { get; } = new float[articleCount];
    public float[] Second { get; } = new float[articleCount];
    public float[] Body { get; } = new float[articleCount];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        var article = docArticle[global];
        var score = _scorer!.GetScore();
        if (docIsBody[global])
        {
            Body[article] = Math.Max(Body[article], score);
        }
        else if (score > Best[article])
        {
            Second[article] = Best[article];
            Best[article] = score;
        }
        else if (score > Second[article])
        {
            Second[article] = score;
        }
    }
}
