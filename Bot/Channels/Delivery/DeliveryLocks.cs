namespace RightsBot.Channels.Delivery;

/// <summary>
/// One sender at a time per conversation: the outbox dispatcher, or a WeChat request waiting to answer passively.
/// Whoever holds a conversation's lock is the only one that may send its messages or move its cursor.
/// </summary>
public sealed class DeliveryLocks(TimeProvider time)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Takes the lock if it is free at once; null otherwise.</summary>
    public IDisposable? TryAcquire(string conversationKey)
    {
        var entry = Enter(conversationKey);
        if (entry.Semaphore.Wait(0))
        {
            return new Holder(this, conversationKey, entry);
        }

        Leave(conversationKey, entry);
        return null;
    }

    /// <summary>Waits up to <paramref name="wait"/> for the lock; null when it stayed taken.</summary>
    public async Task<IDisposable?> AcquireAsync(string conversationKey, TimeSpan wait, CancellationToken ct)
    {
        var entry = Enter(conversationKey);
        using var timeout = new CancellationTokenSource(wait, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, ct);
        try
        {
            await entry.Semaphore.WaitAsync(linked.Token);
            return new Holder(this, conversationKey, entry);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Leave(conversationKey, entry);
            return null;
        }
        catch
        {
            Leave(conversationKey, entry);
            throw;
        }
    }

    private Entry Enter(string key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
            return entry;
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (_gate)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Holder(DeliveryLocks owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
