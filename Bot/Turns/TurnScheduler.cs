using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RightsBot.Storage;

namespace RightsBot.Turns;

/// <summary>
/// Works through conversations that have unanswered messages: different conversations in parallel, one
/// conversation's turns strictly one at a time and in order. On start it picks up whatever a previous process
/// accepted but did not answer, so a crash loses nothing.
/// </summary>
public sealed partial class TurnScheduler(
    IServiceScopeFactory scopes,
    TurnRunner runner,
    IOptions<TurnOptions> options,
    ILogger<TurnScheduler> logger) : BackgroundService
{
    private enum Status { Queued, Running, RunAgain }

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Dictionary<string, Status> _status = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Asks for the conversation's pending messages to be answered.</summary>
    public void Schedule(string conversationKey)
    {
        lock (_gate)
        {
            if (_status.TryGetValue(conversationKey, out var status))
            {
                if (status == Status.Running)
                {
                    _status[conversationKey] = Status.RunAgain;
                }

                return;
            }

            _status[conversationKey] = Status.Queued;
        }

        _queue.Writer.TryWrite(conversationKey);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ConversationStore>();
            var pending = await store.ConversationsWithPendingAsync(stoppingToken);
            foreach (var key in pending)
            {
                Schedule(key);
            }

            if (pending.Count > 0)
            {
                Log.Recovered(logger, pending.Count);
            }
        }

        var workers = Enumerable.Range(0, options.Value.MaxConcurrentConversations).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var key in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunConversationAsync(key, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unanswered messages stay pending in the database and are picked up on the next start.
        }
    }

    private async Task RunConversationAsync(string key, CancellationToken stoppingToken)
    {
        while (true)
        {
            lock (_gate)
            {
                _status[key] = Status.Running;
            }

            try
            {
                await runner.RunPendingAsync(key, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.RunFailed(logger, ex, Storage.ConversationKey.ForLog(key));
            }

            lock (_gate)
            {
                if (_status[key] != Status.RunAgain)
                {
                    _status.Remove(key);
                    return;
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Resuming {Count} conversations with unanswered messages")]
        public static partial void Recovered(ILogger logger, int count);

        [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Could not run turns for {ConversationKey}")]
        public static partial void RunFailed(ILogger logger, Exception exception, string conversationKey);
    }
}
