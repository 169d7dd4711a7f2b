using RightsBot.Knowledge.SmallTalk;

namespace RightsBot.Knowledge.Search;

/// <summary>The classifier's view of a message.</summary>
/// <param name="Articles">Each article's probability.</param>
/// <param name="NoArticle">The probability that no article is meant (outside the domain or small talk).</param>
/// <param name="SmallTalk">The likeliest kind of small talk.</param>
/// <param name="SmallTalkProbability">The probability that it is small talk at all.</param>
internal sealed record IntentScores(float[] Articles, float NoArticle, SmallTalkKind? SmallTalk, float SmallTalkProbability);
