using Microsoft.Extensions.Options;
using RightsBot.Knowledge;

namespace RightsBot.Answers;

/// <summary>Wires question answering from the curated knowledge base and the curators' log.</summary>
public static class AnswersRegistration
{
    public static IHostApplicationBuilder AddAnswers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName);
        builder.Services.AddKnowledge(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolveContentDirectory());
        if (!builder.Configuration.GetValue<bool>("Hosting:Command"))
        {
            // Serving: build the models at start and report ready once they are. A command (export, staff add) that
            // never answers a question does not pay for them; one that does (ask) builds them on first use.
            builder.Services.AddSingleton<KnowledgeReadiness>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<KnowledgeReadiness>());
            builder.Services.AddHealthChecks().AddCheck<KnowledgeReadiness>("knowledge");
        }

        builder.Services.AddScoped<CuratorLog>();
        builder.Services.AddScoped<KnowledgeAnswerService>();
        builder.Services.AddScoped<IAnswerService>(sp => sp.GetRequiredService<KnowledgeAnswerService>());
        return builder;
    }
}
