using RightsBot.Knowledge.Documents;

namespace RightsBot.Knowledge.Search;

/// <summary>An article found for a message, with its raw score and a calibrated confidence in [0, 1].</summary>
public sealed record KnowledgeHit(KnowledgeArticle Article, float Score, double Confidence);
