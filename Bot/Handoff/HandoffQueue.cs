using Microsoft.EntityFrameworkCore;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>
/// The live view of open handoffs (waiting and held), loaded from the database at start and kept current by
/// <see cref="HandoffService"/>. Pages and the queue notifier listen to <see cref="Changed"/>. One instance serves
/// one process; several instances would share it through Redis (not built yet).
/// </summary>
public sealed class HandoffQueue(IServiceScopeFactory scopes) : IConversationHolds, IHostedService
{
    private readonly Dictionary<string, HandoffSnapshot> _open = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Raised after any change (new, accepted, assigned, closed, severity raised).</summary>
    public event Action? Changed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var open = await db.Set<HandoffRecord>().AsNoTracking().Where(h => h.Status != HandoffStatus.Closed).ToListAsync(cancellationToken);
        lock (_gate)
        {
            foreach (var record in open)
            {
                _open[record.ConversationKey] = HandoffSnapshot.From(record);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public bool IsHeld(string conversationKey)
    {
        lock (_gate)
        {
            return _open.TryGetValue(conversationKey, out var s) && s.Status == HandoffStatus.Active;
        }
    }

    public HandoffSnapshot? Find(string conversationKey)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(conversationKey);
        }
    }

    /// <summary>Waiting conversations: most severe first, then longest waiting.</summary>
    public IReadOnlyList<HandoffSnapshot> Waiting()
    {
        lock (_gate)
        {
            return [.. _open.Values.Where(s => s.Status == HandoffStatus.Waiting).OrderByDescending(s => s.Severity).ThenBy(s => s.CreatedAt).ThenBy(s => s.Ticket, StringComparer.Ordinal)];
        }
    }

    /// <summary>Conversations staff hold now.</summary>
    public IReadOnlyList<HandoffSnapshot> Held()
    {
        lock (_gate)
        {
            return [.. _open.Values.Where(s => s.Status == HandoffStatus.Active).OrderBy(s => s.CreatedAt)];
        }
    }

    /// <summary>1-based place in the waiting line, or null when not waiting.</summary>
    public int? PositionOf(string conversationKey)
    {
        var waiting = Waiting();
        for (var i = 0; i < waiting.Count; i++)
        {
            if (string.Equals(waiting[i].ConversationKey, conversationKey, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    internal void Apply(HandoffRecord record)
    {
        lock (_gate)
        {
            if (record.Status == HandoffStatus.Closed)
            {
                _open.Remove(record.ConversationKey);
            }
            else
            {
                _open[record.ConversationKey] = HandoffSnapshot.From(record);
            }
        }

        foreach (var handler in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action)handler)();
            }
            catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
            {
                // A page that went away while being told; it no longer listens.
            }
        }
    }
}
