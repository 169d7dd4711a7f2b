using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Safety;
using RightsBot.Knowledge.Search;

namespace RightsBot.Knowledge;

/// <summary>The library's single registration point.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeSearch"/> (content loaded and indexed once, on first use) and the
    /// <see cref="CrisisDetector"/>. Invalid articles are skipped and logged; <c>kb validate</c> reports them.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, Func<IServiceProvider, string> contentDirectory)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        services.AddSingleton<IKnowledgeSearch>(sp =>
        {
            var directory = contentDirectory(sp);
            var (knowledge, problems) = ContentLoader.Load(directory);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("RightsBot.Knowledge");
            foreach (var problem in problems)
            {
                KnowledgeLog.ContentProblem(logger, problem.ToString());
            }

            KnowledgeLog.Loaded(logger, knowledge.Articles.Count, problems.Count);
            return new KnowledgeSearch(knowledge);
        });
        services.AddSingleton<CrisisDetector>();
        return services;
    }
}
