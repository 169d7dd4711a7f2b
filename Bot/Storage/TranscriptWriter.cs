using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using RightsBot.Activities;

namespace RightsBot.Storage;

/// <summary>
/// The single writer of conversations and transcripts. Writes from all conversations are queued and applied in
/// batches, one transaction per batch (group commit): SQLite takes one writer at a time anyway, and one commit for many
/// turns costs little more than one for a single turn. A caller's task completes only after its batch is committed.
/// Sequence numbers are handed out inside the transaction, so they follow commit order (the Direct Line watermark).
/// </summary>
public sealed partial class TranscriptWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly SqliteConnectionFactory _connections;
    private readonly IInboundProtection _protection;
    private readonly TimeProvider _time;
    private readonly ILogger<TranscriptWriter> _logger;
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public TranscriptWriter(SqliteConnectionFactory connections, IInboundProtection protection, TimeProvider time, ILogger<TranscriptWriter> logger)
    {
        _connections = connections;
        _protection = protection;
        _time = time;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public Task<ConversationRecord> EnsureConversationAsync(string channelId, string conversationId, string? userId, CancellationToken ct) =>
        EnqueueAsync<ConversationRecord>(new EnsureConversation(channelId, conversationId, userId), ct);

    public Task<AppendResult> AppendInboundAsync(string key, Activity activity, string? channelMessageId, CancellationToken ct) =>
        EnqueueAsync<AppendResult>(new AppendInbound(key, activity, channelMessageId), ct);

    public Task<IReadOnlyList<TranscriptEntry>> CommitTurnAsync(
        string key, long? inboundEntryId, string? dialogState, long expectedVersion, IReadOnlyList<Activity> replies, string? redactedInboundJson,
        bool awaitingSensitive, CancellationToken ct) =>
        EnqueueAsync<IReadOnlyList<TranscriptEntry>>(new CommitTurn(key, inboundEntryId, dialogState, expectedVersion, replies, redactedInboundJson, awaitingSensitive), ct);

    /// <summary>Appends bot messages outside a turn (status news, staff messages); they are delivered like replies.</summary>
    public Task<IReadOnlyList<TranscriptEntry>> AppendOutboundAsync(string key, IReadOnlyList<Activity> messages, CancellationToken ct) =>
        EnqueueAsync<IReadOnlyList<TranscriptEntry>>(new AppendOutbound(key, messages), ct);

    public Task MarkAnsweredAsync(long inboundEntryId, CancellationToken ct) =>
        EnqueueAsync<object?>(new MarkAnswered(inboundEntryId), ct);

    private async Task<T> EnqueueAsync<T>(WriteOperation operation, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var request = new WriteRequest(operation);
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(TranscriptWriter));
        }

        // Once queued, the write happens whether or not this caller still waits for it.
        return (T)(await request.Completion.Task.WaitAsync(ct))!;
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(MaxBatch);
        SqliteConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request))
                {
                    batch.Add(request);
                }

                connection ??= await _connections.OpenAsync(_stopping.Token);
                try
                {
                    await ApplyAsync(connection, batch);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.BatchFailed(_logger, ex, batch.Count);
                    foreach (var request in batch)
                    {
                        request.Completion.TrySetException(ex);
                    }

                    await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            while (_queue.Reader.TryRead(out var left))
            {
                left.Completion.TrySetCanceled();
            }
        }
    }

    private async Task ApplyAsync(SqliteConnection connection, List<WriteRequest> batch)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None);
        var statements = new Statements(connection, transaction, _protection);
        var results = new List<(WriteRequest Request, object? Result, Exception? Error)>(batch.Count);
        var now = _time.GetUtcNow();
        foreach (var request in batch)
        {
            // Each operation checks everything that can refuse it (unknown conversation, stale state version,
            // duplicate message) before its first write, so a refused request leaves nothing behind in the batch.
            try
            {
                var result = await (request.Operation switch
                {
                    EnsureConversation e => statements.EnsureConversationAsync(e, now),
                    AppendInbound a => statements.AppendInboundAsync(a, now),
                    CommitTurn c => statements.CommitTurnAsync(c, now),
                    MarkAnswered m => statements.MarkAnsweredAsync(m),
                    AppendOutbound o => statements.AppendOutboundAsync(o, now),
                    _ => throw new InvalidOperationException("Unknown write."),
                });
                results.Add((request, result, null));
            }
            catch (Exception ex) when (ex is ConcurrencyConflictException or KeyNotFoundException)
            {
                // One request's conflict must not undo the others in the batch.
                results.Add((request, null, ex));
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
        foreach (var (request, result, error) in results)
        {
            if (error is null)
            {
                request.Completion.TrySetResult(result);
            }
            else
            {
                request.Completion.TrySetException(error);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
        }

        _stopping.Dispose();
    }

    private abstract record WriteOperation;

    private sealed record EnsureConversation(string ChannelId, string ConversationId, string? UserId) : WriteOperation;

    private sealed record AppendInbound(string Key, Activity Activity, string? ChannelMessageId) : WriteOperation;

    private sealed record CommitTurn(
        string Key, long? InboundEntryId, string? DialogState, long ExpectedVersion, IReadOnlyList<Activity> Replies, string? RedactedInboundJson, bool AwaitingSensitive)
        : WriteOperation;

    private sealed record MarkAnswered(long InboundEntryId) : WriteOperation;

    private sealed record AppendOutbound(string Key, IReadOnlyList<Activity> Messages) : WriteOperation;

    private sealed class WriteRequest(WriteOperation operation)
    {
        public WriteOperation Operation { get; } = operation;
        public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "A batch of {Count} writes failed and was rolled back")]
        public static partial void BatchFailed(ILogger logger, Exception exception, int count);
    }
}
