using Microsoft.Extensions.Logging;

namespace RightsBot.Knowledge;

/// <summary>Log messages of the knowledge library (event ids 5000–5099).</summary>
internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Knowledge base loaded: {ArticleCount} articles, {ProblemCount} problems")]
    public static partial void Loaded(ILogger logger, int articleCount, int problemCount);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Knowledge content problem: {Problem}")]
    public static partial void ContentProblem(ILogger logger, string problem);
}
