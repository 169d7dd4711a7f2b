using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Learning;

namespace RightsBot.Knowledge.Indexing;

/// <summary>
/// An in-memory inverted index of the articles, scored with Okapi BM25 two ways: each article as one document (its
/// title, question variants, short answer, steps and notes), and each question variant on its own (the article gets
/// its closest variant's score). The first rewards an article that covers the message as a whole; the second an
/// article with one way of asking that is very close to it. Built once; read-only and thread-safe afterwards.
/// </summary>
internal sealed class ArticleIndex
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // With thousands of articles, scoring every variant through the postings of common characters costs more than all
    // the rest: above this many variants the closest variant is scored for the best articles as a whole only, and
    // terms found in a large share of articles (their idf is small) are left out of the article scores.
    private const int VariantsScoredInFull = 20_000;
    private const int Candidates = 48;
    private const float LargeBaseMaxDocumentShare = 0.1f;

    private readonly TermVocabulary _vocabulary = new();
    private readonly Postings _articles;
    private readonly Postings _variants;
    private readonly int[] _variantOwner;
    private readonly Dictionary<int, float>[] _variantTerms;
    private readonly int[][] _articleVariants;
    private readonly HashSet<int>[] _articleTerms;

    public ArticleIndex(IReadOnlyList<KnowledgeArticle> articles, WorkerTokenizer tokenizer)
    {
        Count = articles.Count;
        var articleDocs = new List<Dictionary<int, float>>(articles.Count);
        var variantDocs = new List<Dictionary<int, float>>();
        var owners = new List<int>();
        _articleTerms = new HashSet<int>[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var doc = new Dictionary<int, float>();
            foreach (var question in article.Variants.Append(article.Title))
            {
                var terms = _vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(question)));
                Accumulate(doc, terms, 1f);
                variantDocs.Add(terms);
                owners.Add(a);
            }

            Accumulate(doc, _vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(article.ShortAnswer))), 1f);
            Accumulate(doc, _vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(string.Join(' ', article.Steps)))), 1f);
            if (article.Notes is { Length: > 0 } notes)
            {
                Accumulate(doc, _vocabulary.Add(tokenizer.Terms(tokenizer.Normalize(notes))), 0.5f);
            }

            articleDocs.Add(doc);
            _articleTerms[a] = [.. doc.Keys];
        }

        _articles = new Postings(articleDocs, _vocabulary.Count);
        _variants = new Postings(variantDocs, _vocabulary.Count);
        _variantOwner = [.. owners];
        _variantTerms = [.. variantDocs];
        var byArticle = Enumerable.Range(0, articles.Count).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < owners.Count; v++)
        {
            byArticle[owners[v]].Add(v);
        }

        _articleVariants = [.. byArticle.Select(l => l.ToArray())];
    }

    /// <summary>How many articles are indexed.</summary>
    public int Count { get; }

    /// <summary>
    /// Looks up the ids of the message's terms that the articles know (unknown terms cannot score), and counts the
    /// character pairs no article uses (they lower coverage: the message speaks of something the articles do not).
    /// </summary>
    public List<(int Term, float Weight)> Query(Dictionary<string, float> terms, out int unknownPairs)
    {
        var query = new List<(int, float)>(terms.Count);
        unknownPairs = 0;
        foreach (var (term, weight) in terms)
        {
            if (_vocabulary.TryGetId(term, out var id))
            {
                query.Add((id, weight));
            }
            else if (term.Length == 2 && term[0] != WorkerTokenizer.PinyinMark)
            {
                unknownPairs++;
            }
        }

        return query;
    }

    /// <summary>BM25 of each article as a whole, and (for the best of them) of each article's closest question variant.</summary>
    public (float[] Article, float[] ClosestVariant) Score(List<(int Term, float Weight)> query)
    {
        var article = new float[Count];
        var closest = new float[Count];
        if (_variantOwner.Length <= VariantsScoredInFull)
        {
            _articles.Score(query, article, int.MaxValue);
            var variants = new float[_variantOwner.Length];
            _variants.Score(query, variants, int.MaxValue);
            for (var v = 0; v < variants.Length; v++)
            {
                closest[_variantOwner[v]] = Math.Max(closest[_variantOwner[v]], variants[v]);
            }

            return (article, closest);
        }

        _articles.Score(query, article, (int)(Count * LargeBaseMaxDocumentShare));
        foreach (var a in Search.TopScores.Of(article, Candidates))
        {
            foreach (var v in _articleVariants[a])
            {
                closest[a] = Math.Max(closest[a], _variants.ScoreOne(query, v, _variantTerms[v]));
            }
        }

        return (article, closest);
    }

    /// <summary>
    /// The share of the message's informative terms (weighted by how rare they are among articles) that article
    /// <paramref name="a"/> uses anywhere: low when the message talks about things the article never mentions.
    /// </summary>
    public float Coverage(int a, List<(int Term, float Weight)> query, int unknownTerms)
    {
        double covered = 0, total = unknownTerms * _articles.MaxIdf;
        foreach (var (term, weight) in query)
        {
            var w = weight * _articles.Idf(term);
            total += w;
            if (_articleTerms[a].Contains(term))
            {
                covered += w;
            }
        }

        return total <= 0 ? 0 : (float)(covered / total);
    }

    private static void Accumulate(Dictionary<int, float> doc, Dictionary<int, float> terms, float scale)
    {
        foreach (var (term, weight) in terms)
        {
            doc[term] = doc.GetValueOrDefault(term) + (weight * scale);
        }
    }

    /// <summary>Documents by term, with BM25 statistics.</summary>
    private sealed class Postings
    {
        private readonly int[][] _docs;
        private readonly float[][] _frequencies;
        private readonly float[] _idf;
        private readonly float[] _norm;

        public Postings(List<Dictionary<int, float>> documents, int vocabulary)
        {
            var docs = new List<int>[vocabulary];
            var frequencies = new List<float>[vocabulary];
            var lengths = new float[documents.Count];
            for (var d = 0; d < documents.Count; d++)
            {
                foreach (var (term, tf) in documents[d])
                {
                    (docs[term] ??= []).Add(d);
                    (frequencies[term] ??= []).Add(tf);
                    lengths[d] += tf;
                }
            }

            _docs = [.. docs.Select(l => l?.ToArray() ?? [])];
            _frequencies = [.. frequencies.Select(l => l?.ToArray() ?? [])];
            var n = documents.Count;

            _idf = [.. _docs.Select(p => p.Length == 0 ? 0f : (float)Math.Log(1 + ((n - p.Length + 0.5) / (p.Length + 0.5))))];
            MaxIdf = (float)Math.Log(1 + ((n - 0.5) / 1.5));
            var average = lengths.Length == 0 ? 1f : Math.Max(1e-3f, lengths.Average());
            _norm = [.. lengths.Select(l => K1 * (1 - B + (B * l / average)))];
        }

        /// <summary>The idf of a term that appears in one document only: what an unknown term would weigh.</summary>
        public float MaxIdf { get; }

        public float Idf(int term) => _idf[term];

        /// <summary>BM25 of one document, given its terms.</summary>
        public float ScoreOne(List<(int Term, float Weight)> query, int doc, Dictionary<int, float> terms)
        {
            var score = 0f;
            foreach (var (term, weight) in query)
            {
                if (terms.TryGetValue(term, out var tf))
                {
                    score += _idf[term] * weight * tf * (K1 + 1) / (tf + _norm[doc]);
                }
            }

            return score;
        }

        /// <summary>Adds each document's BM25 to <paramref name="scores"/>, leaving out terms found in more than <paramref name="maxDocs"/> documents.</summary>
        public void Score(List<(int Term, float Weight)> query, float[] scores, int maxDocs)
        {
            foreach (var (term, weight) in query)
            {
                var docs = _docs[term];
                if (docs.Length > maxDocs)
                {
                    continue;
                }

                var frequencies = _frequencies[term];
                var idf = _idf[term] * weight;
                for (var i = 0; i < docs.Length; i++)
                {
                    var tf = frequencies[i];
                    scores[docs[i]] += idf * tf * (K1 + 1) / (tf + _norm[docs[i]]);
                }
            }
        }
    }
}
