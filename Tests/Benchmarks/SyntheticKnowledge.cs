using RightsBot.Knowledge.Documents;

namespace RightsBot.Benchmarks;

/// <summary>A knowledge base of any size made from the real articles: same lengths and vocabulary, shuffled words.</summary>
internal static class SyntheticKnowledge
{
    public static KnowledgeBase Load() => ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "Content")).Knowledge;

    public static KnowledgeBase Create(int count)
    {
        var real = Load();
        if (count <= real.Articles.Count)
        {
            return real;
        }

        var random = new Random(20261123);
        var vocabulary = real.Articles.SelectMany(a => a.Variants).SelectMany(v => Enumerable.Range(0, Math.Max(0, v.Length - 1)).Select(i => v.Substring(i, 2))).Distinct().ToArray();
        string Noise(int words) => string.Concat(Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var articles = new List<KnowledgeArticle>(count);
        articles.AddRange(real.Articles);
        for (var i = real.Articles.Count; i < count; i++)
        {
            var template = real.Articles[i % real.Articles.Count];
            articles.Add(template with
            {
                Id = $"KB-SY-{i:D5}",
                Title = Noise(6),
                Variants = [.. template.Variants.Select(v => Noise(Math.Max(3, v.Length / 2)))],
                Related = [],
            });
        }

        return new KnowledgeBase(articles, real.Laws, real.SynonymGroups);
    }

    public static string[] Questions() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "eval-questions.tsv")).Skip(1).Select(l => l.Split('\t')[1])];
}
