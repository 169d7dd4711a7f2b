using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using RightsBot.Knowledge.Documents;

namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// An in-memory Lucene index of the articles. Each question variant (and the title) is its own small document, so a
/// worker's message is matched against the closest way of asking; the answer text is indexed once per article as
/// weaker evidence. Scores are BM25 over characters and character pairs.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    private const string IdField = "id";
    private const string QuestionField = "q";
    private const string BodyField = "b";
    private const string KindField = "kind";
    private const float BodyWeight = 0.35f;
    private const float SecondWeight = 0.3f;
    private const int MaxQueryTerms = 256;
    private const double UnigramCoverageWeight = 0.3;
    private const int CandidateDocs = 300;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly WorkerTextAnalyzer _analyzer = new();
    private readonly SynonymMap _synonyms;
    private readonly Dictionary<string, HashSet<string>> _articleTerms;
    private readonly int _questionDocs;

    private KnowledgeIndex(RAMDirectory directory, SynonymMap synonyms, Dictionary<string, HashSet<string>> articleTerms)
    {
        _directory = directory;
        _synonyms = synonyms;
        _articleTerms = articleTerms;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _questionDocs = Math.Max(1, _reader.GetDocCount(QuestionField));
    }

    public static KnowledgeIndex Build(KnowledgeBase knowledge)
    {
        var synonyms = new SynonymMap(knowledge.SynonymGroups);
        var directory = new RAMDirectory();
        var articleTerms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using (var analyzer = new WorkerTextAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(WorkerTextAnalyzer.Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var article in knowledge.Articles)
            {
                var terms = new HashSet<string>(StringComparer.Ordinal);
                foreach (var question in article.Variants.Append(article.Title))
                {
                    var text = synonyms.Canonicalize(TextNormalizer.Fold(question));
                    writer.AddDocument(new Document
                    {
                        new StringField(IdField, article.Id, Field.Store.YES),
                        new StringField(KindField, QuestionField, Field.Store.YES),
                        new TextField(QuestionField, text, Field.Store.NO),
                    });
                    terms.UnionWith(Analyze(analyzer, text));
                }

                var body = synonyms.Canonicalize(TextNormalizer.Fold(article.ShortAnswer + " " + string.Join(' ', article.Steps)));
                writer.AddDocument(new Document
                {
                    new StringField(IdField, article.Id, Field.Store.YES),
                    new StringField(KindField, BodyField, Field.Store.YES),
                    new TextField(BodyField, body, Field.Store.NO),
                });
                articleTerms[article.Id] = terms;
            }

            writer.Commit();
        }

        return new KnowledgeIndex(directory, synonyms, articleTerms);
    }

    /// <summary>
    /// Ranks articles for a message. Coverage is the share of the message's (idf-weighted) terms the article's
    /// questions contain: low when the message talks about something the article does not.
    /// </summary>
    public IReadOnlyList<(string Id, float Score, double Coverage)> Search(string text, int max)
    {
        var folded = _synonyms.Canonicalize(TextNormalizer.Fold(text));
        var terms = Analyze(_analyzer, folded).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(QuestionField, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(BodyField, term)) { Boost = BodyWeight }, Occur.SHOULD);
        }

        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        var second = new Dictionary<string, float>(StringComparer.Ordinal);
        var body = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var hit in _searcher.Search(query, CandidateDocs).ScoreDocs)
        {
            var doc = _searcher.Doc(hit.Doc);
            var id = doc.Get(IdField);
            var isBody = string.Equals(doc.Get(KindField), BodyField, StringComparison.Ordinal);
            if (isBody)
            {
                body[id] = Math.Max(body.GetValueOrDefault(id), hit.Score);
            }
            else if (!best.TryGetValue(id, out var first) || hit.Score > first)
            {
                if (best.ContainsKey(id))
                {
                    second[id] = first;
                }

                best[id] = hit.Score;
            }
            else if (hit.Score > second.GetValueOrDefault(id))
            {
                second[id] = hit.Score;
            }
        }

        // Character pairs carry the meaning in Chinese; single characters count for less.
        var weights = terms.ToDictionary(t => t, t => Idf(t) * (t.Length == 1 ? UnigramCoverageWeight : 1.0), StringComparer.Ordinal);
        var totalWeight = weights.Values.Sum();
        return [.. best.Keys.Union(body.Keys)
            .Select(id => (Id: id, Score: best.GetValueOrDefault(id) + (SecondWeight * second.GetValueOrDefault(id)) + body.GetValueOrDefault(id), Coverage: Coverage(id, weights, totalWeight)))
            .OrderByDescending(r => r.Score)
            .Take(max)];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private double Coverage(string id, Dictionary<string, double> weights, double total)
    {
        if (total <= 0 || !_articleTerms.TryGetValue(id, out var articleTerms))
        {
            return 0;
        }

        var covered = weights.Where(w => articleTerms.Contains(w.Key)).Sum(w => w.Value);
        return covered / total;
    }

    private double Idf(string term)
    {
        var df = _reader.DocFreq(new Term(QuestionField, term));
        return Math.Log(1 + ((_questionDocs - df + 0.5) / (df + 0.5)));
    }

    private static List<string> Analyze(WorkerTextAnalyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(QuestionField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
