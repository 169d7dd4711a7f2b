namespace RightsBot.Knowledge.Documents;

/// <summary>The loaded knowledge content: articles, the law list and the synonym dictionary.</summary>
public sealed record KnowledgeBase(IReadOnlyList<KnowledgeArticle> Articles, IReadOnlyList<LawEntry> Laws, IReadOnlyList<IReadOnlyList<string>> SynonymGroups)
{
    private readonly Dictionary<string, KnowledgeArticle> _byId =
        Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The training messages beside the articles (outside the domain, small talk, crisis).</summary>
    public TrainingData Training { get; init; } = TrainingData.Empty;

    /// <summary>Finds an article by id.</summary>
    public KnowledgeArticle? Find(string id) => _byId.GetValueOrDefault(id);
}
