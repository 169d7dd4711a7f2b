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
    private const int MaxScoredTerms = 96;
    private const double MaxDocFrequencyShare = 0.25;

    // Above this many articles, a cheap first pass over one document per article picks candidates, and the exact
    // per-question scoring runs on those only. Below it every article is scored exactly.
    private const int TwoStageAbove = 500;
    private const int Candidates = 64;
    private const int LargeBaseScoredTerms = 40;
    private const int LargeBaseExactTerms = 52;
    private const string ArticleField = "a";

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly WorkerTextAnalyzer _analyzer = new();
    private readonly SynonymMap _synonyms;
    private readonly Dictionary<string, HashSet<string>> _articleTerms;
    private readonly int _questionDocs;
    private readonly string[] _articleIds;
    private readonly int[] _docArticle;
    private readonly bool[] _docIsBody;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), TermContext> _termContexts = new();
    private readonly List<int>[] _articleDocs;
    private readonly RAMDirectory? _articleDirectory;
    private readonly DirectoryReader? _articleReader;
    private readonly IndexSearcher? _articleSearcher;
    private readonly int[]? _articleDocToArticle;

    private KnowledgeIndex(RAMDirectory directory, SynonymMap synonyms, Dictionary<string, HashSet<string>> articleTerms, RAMDirectory? articleDirectory)
    {
        _directory = directory;
        _synonyms = synonyms;
        _articleTerms = articleTerms;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _questionDocs = Math.Max(1, _reader.GetDocCount(QuestionField));

        // The index never changes after it is built, so map every document to its article once.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _docArticle = new int[_reader.MaxDoc];
        _docIsBody = new bool[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            var stored = _reader.Document(doc);
            var id = stored.Get(IdField);
            if (!ids.TryGetValue(id, out var index))
            {
                index = ids.Count;
                ids[id] = index;
            }

            _docArticle[doc] = index;
            _docIsBody[doc] = string.Equals(stored.Get(KindField), BodyField, StringComparison.Ordinal);
        }

        _articleIds = new string[ids.Count];
        foreach (var (id, index) in ids)
        {
            _articleIds[index] = id;
        }

        _articleDocs = [.. Enumerable.Range(0, _articleIds.Length).Select(_ => new List<int>())];
        for (var doc = 0; doc < _docArticle.Length; doc++)
        {
            _articleDocs[_docArticle[doc]].Add(doc);
        }

        if (articleDirectory is not null)
        {
            _articleDirectory = articleDirectory;
            _articleReader = DirectoryReader.Open(articleDirectory);
            _articleSearcher = new IndexSearcher(_articleReader) { Similarity = new BM25Similarity() };
            _articleDocToArticle = new int[_articleReader.MaxDoc];
            for (var doc = 0; doc < _articleReader.MaxDoc; doc++)
            {
                _articleDocToArticle[doc] = ids[_articleReader.Document(doc).Get(IdField)];
            }
        }
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

        RAMDirectory? articleDirectory = null;
        if (knowledge.Articles.Count > TwoStageAbove)
        {
            articleDirectory = new RAMDirectory();
            using var analyzer = new WorkerTextAnalyzer();
            using var writer = new IndexWriter(articleDirectory, new IndexWriterConfig(WorkerTextAnalyzer.Version, analyzer) { Similarity = new BM25Similarity() });
            foreach (var article in knowledge.Articles)
            {
                var all = string.Join(' ', article.Variants.Append(article.Title).Select(v => synonyms.Canonicalize(TextNormalizer.Fold(v))));
                writer.AddDocument(new Document
                {
                    new StringField(IdField, article.Id, Field.Store.YES),
                    new TextField(ArticleField, all, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        return new KnowledgeIndex(directory, synonyms, articleTerms, articleDirectory);
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

        // The rarest words decide: a long story is cut to its most telling terms, and characters found in a large
        // share of all questions are left to the coverage measure instead of the (costly) match.
        var queryTerms = terms
            .Select(t => (Term: t, Df: DocFreq(t)))
            .Where(t => t.Df < _questionDocs * MaxDocFrequencyShare)
            .OrderBy(t => t.Df)
            .Take(MaxScoredTerms)
            .Select(t => t.Term)
            .ToList();
        var query = new BooleanQuery();
        foreach (var term in queryTerms)
        {
            query.Add(Clause(QuestionField, term), Occur.SHOULD);
            query.Add(Clause(BodyField, term, BodyWeight), Occur.SHOULD);
        }

        var collector = new ArticleScoreCollector(_docArticle, _docIsBody, _articleIds.Length);
        if (_articleSearcher is not null)
        {
            // A long story is cut to its rarest terms (they are sorted rarest first), for the first pass over every
            // article and for the exact scoring of the candidates.
            query = new BooleanQuery();
            foreach (var term in queryTerms.Take(LargeBaseExactTerms))
            {
                query.Add(Clause(QuestionField, term), Occur.SHOULD);
                query.Add(Clause(BodyField, term, BodyWeight), Occur.SHOULD);
            }

            var first = new BooleanQuery();
            foreach (var term in queryTerms.Where(t => t.Length > 1).Take(LargeBaseScoredTerms).DefaultIfEmpty(queryTerms.FirstOrDefault() ?? string.Empty))
            {
                first.Add(new TermQuery(new Term(ArticleField, term)), Occur.SHOULD);
            }

            var candidates = _articleSearcher.Search(first, Candidates).ScoreDocs
                .SelectMany(hit => _articleDocs[_articleDocToArticle![hit.Doc]])
                .ToList();
            // The candidates are a tiny share of all documents: let the filter lead and the terms follow.
            _searcher.Search(new FilteredQuery(query, new CandidateFilter(candidates), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), collector);
        }
        else
        {
            _searcher.Search(query, collector);
        }
        var ranked = new List<(int Article, float Score)>();
        for (var i = 0; i < _articleIds.Length; i++)
        {
            var score = collector.Best[i] + (SecondWeight * collector.Second[i]) + collector.Body[i];
            if (score > 0)
            {
                ranked.Add((i, score));
            }
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (ranked.Count == 0)
        {
            return [];
        }

        // Character pairs carry the meaning in Chinese; single characters count for less.
        var weights = terms.ToDictionary(t => t, t => Idf(t) * (t.Length == 1 ? UnigramCoverageWeight : 1.0), StringComparer.Ordinal);
        var totalWeight = weights.Values.Sum();
        return [.. ranked.Take(max).Select(c => (_articleIds[c.Article], c.Score, Coverage(_articleIds[c.Article], weights, totalWeight)))];
    }

    public void Dispose()
    {
        _articleReader?.Dispose();
        _articleDirectory?.Dispose();
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

    /// <summary>
    /// A term query with its term statistics looked up once and cached (the index never changes), so a query does not
    /// seek the term dictionary again for every word. Words the index does not know are not cached (bounded cache).
    /// </summary>
    private TermQuery Clause(string field, string text, float boost = 1f)
    {
        var term = new Term(field, text);
        if (!_termContexts.TryGetValue((field, text), out var context))
        {
            context = TermContext.Build(_reader.Context, term);
            if (context.DocFreq > 0)
            {
                _termContexts.TryAdd((field, text), context);
            }
        }

        return new TermQuery(term, context) { Boost = boost };
    }

    private int DocFreq(string term) => _reader.DocFreq(new Term(QuestionField, term));

    // Only the index's own vocabulary is cached (bounded); words never seen in it are looked up each time.
    private double Idf(string term)
    {
        if (_idf.TryGetValue(term, out var cached))
        {
            return cached;
        }

        var df = _reader.DocFreq(new Term(QuestionField, term));
        var idf = Math.Log(1 + ((_questionDocs - df + 0.5) / (df + 0.5)));
        if (df > 0)
        {
            _idf.TryAdd(term, idf);
        }

        return idf;
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
