namespace RightsBot.Knowledge.Search;

/// <summary>The worker's previous question in the conversation and the article it was answered with, if any.</summary>
public sealed record PreviousTurn(string Question, string? ArticleId);
