using Microsoft.Extensions.Diagnostics.HealthChecks;
using RightsBot.Knowledge.Search;
using RightsBot.Knowledge.Safety;

namespace RightsBot.Answers;

/// <summary>
/// Builds the knowledge models (index, classifiers, crisis detector) as soon as the host starts, instead of on the
/// first worker's message, and keeps <c>/healthz</c> unhealthy until they are ready, so a load balancer or a test sends
/// no worker to an instance that would keep them waiting for seconds.
/// </summary>
internal sealed class KnowledgeReadiness(IServiceProvider services) : BackgroundService, IHealthCheck
{
    private volatile bool _ready;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The knowledge base is loading."));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            _ = services.GetRequiredService<IKnowledgeSearch>();
            _ = services.GetRequiredService<CrisisDetector>();
            _ready = true;
        },
        stoppingToken);
}
