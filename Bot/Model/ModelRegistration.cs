using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace RightsBot.Model;

/// <summary>
/// Wires the optional model. Configured: an Azure OpenAI chat client whose HTTP calls go through
/// Microsoft.Extensions.Http.Resilience (per-attempt and total timeouts within the turn budget, retries with jitter on
/// 429 (honouring Retry-After) and 5xx, a circuit breaker); the SDK's own retries are off so they do not stack.
/// Not configured or switched off: answers from the knowledge base alone.
/// </summary>
public static class ModelRegistration
{
    public const string HttpClientName = "azure-openai";

    public static IHostApplicationBuilder AddModel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(ModelOptions.SectionName).Get<ModelOptions>() ?? new ModelOptions();
        if (!options.IsConfigured)
        {
            builder.Services.AddSingleton<IAnswerPhraser, KnowledgeOnlyPhraser>();
            return builder;
        }

        var budget = TimeSpan.FromSeconds(options.TurnBudgetSeconds);
        builder.Services.AddHttpClient(HttpClientName).AddStandardResilienceHandler(r =>
        {
            r.TotalRequestTimeout.Timeout = budget;
            r.AttemptTimeout.Timeout = budget / 2;
            r.Retry.MaxRetryAttempts = 2;
            r.Retry.Delay = TimeSpan.FromMilliseconds(200);
            r.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(10, budget.TotalSeconds * 2));
            r.CircuitBreaker.MinimumThroughput = 4;
            r.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ModelOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var client = new AzureOpenAIClient(new Uri(o.Endpoint!), new ApiKeyCredential(o.ApiKey!), new AzureOpenAIClientOptions
            {
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(0),
                NetworkTimeout = budget,
            });
            return client.GetChatClient(o.Deployment!);
        });
        builder.Services.AddSingleton<IAnswerPhraser, AzureOpenAIPhraser>();
        return builder;
    }
}
