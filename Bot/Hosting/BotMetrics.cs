using System.Diagnostics.Metrics;

namespace RightsBot.Hosting;

/// <summary>The bot's own instruments (OpenTelemetry-compatible meter "RightsBot").</summary>
public sealed class BotMetrics
{
    public const string MeterName = "RightsBot";

    private readonly Counter<long> _turns;
    private readonly Counter<long> _turnFailures;
    private readonly Counter<long> _promptRetries;
    private readonly Histogram<double> _turnDuration;

    public BotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("rightsbot.turns", unit: "{turn}", description: "Turns committed");
        _turnFailures = meter.CreateCounter<long>("rightsbot.turn.failures", unit: "{turn}", description: "Turns that hit the error boundary");
        _promptRetries = meter.CreateCounter<long>("rightsbot.prompt.retries", unit: "{answer}", description: "Answers a prompt did not accept");
        _turnDuration = meter.CreateHistogram<double>("rightsbot.turn.duration", unit: "ms", description: "Time to run a turn's pipeline and commit it");
    }

    public void TurnCompleted(string activityType, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("activity.type", activityType);
        _turns.Add(1, tag);
        _turnDuration.Record(duration.TotalMilliseconds, tag);
    }

    public void TurnFailed() => _turnFailures.Add(1);

    public void PromptRetry() => _promptRetries.Add(1);
}
