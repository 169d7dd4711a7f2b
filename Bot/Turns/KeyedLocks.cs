namespace RightsBot.Turns;

/// <summary>
/// One async lock per key (a conversation), created on first use and dropped when nobody holds or waits for it.
/// Holders release by disposing what they were given.
/// </summary>
public abstract class KeyedLocks(TimeProvider time)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Waits for the key's lock.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken ct)
    {
        var entry = Enter(key);
        try
        {
            await entry.Semaphore.WaitAsync(ct);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Holder(this, key, entry);
    }

    /// <summary>Waits up to <paramref name="wait"/> for the key's lock; null when it stayed taken.</summary>
    public async Task<IDisposable?> AcquireAsync(string key, TimeSpan wait, CancellationToken ct)
    {
        var entry = Enter(key);
        using var timeout = new CancellationTokenSource(wait, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, ct);
        try
        {
            await entry.Semaphore.WaitAsync(linked.Token);
            return new Holder(this, key, entry);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Leave(key, entry);
            return null;
        }
        catch
        {
            Leave(key, entry);
            throw;
        }
    }

    /// <summary>Takes the key's lock if it is free at once; null otherwise.</summary>
    public IDisposable? TryAcquire(string key)
    {
        var entry = Enter(key);
        if (entry.Semaphore.Wait(0))
        {
            return new Holder(this, key, entry);
        }

        Leave(key, entry);
        return null;
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

    private sealed class Holder(KeyedLocks owner, string key, Entry entry) : IDisposable
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
