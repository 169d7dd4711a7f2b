using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightsBot.Knowledge.Safety;
using RightsBot.Knowledge.Search;

namespace RightsBot.Knowledge;

/// <summary>The library's single registration point.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeSearch"/> and the <see cref="CrisisDetector"/>, both built once from the content
    /// (on first use). Invalid articles are skipped and logged; <c>kb validate</c> reports them.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, Func<IServiceProvider, string> contentDirectory)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        services.AddSingleton(sp => KnowledgeModels.For(contentDirectory(sp), sp.GetRequiredService<ILoggerFactory>().CreateLogger("RightsBot.Knowledge")));
        services.AddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<KnowledgeModels>().Search);
        services.AddSingleton(sp => sp.GetRequiredService<KnowledgeModels>().Crisis);
        return services;
    }
}
