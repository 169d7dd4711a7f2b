using System.Collections.Concurrent;
using System.Threading.Channels;

namespace RightsBot.Turns;

/// <summary>In-process fan-out of <see cref="ConversationSignal"/>s to whoever is listening to a conversation.</summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<ConversationSignal>>> _listeners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, Channel<ConversationSignal>> _everything = new();

    /// <summary>Starts listening; dispose the subscription to stop.</summary>
    public ConversationSubscription Subscribe(string conversationKey)
    {
        var channel = Channel.CreateBounded<ConversationSignal>(new BoundedChannelOptions(64)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Guid.NewGuid();

        // The last listener's unsubscribe may remove the set just as this one joins it; join again until the set stays.
        ConcurrentDictionary<Guid, Channel<ConversationSignal>> joined;
        do
        {
            joined = _listeners.GetOrAdd(conversationKey, _ => new ConcurrentDictionary<Guid, Channel<ConversationSignal>>());
            joined[id] = channel;
        }
        while (!_listeners.TryGetValue(conversationKey, out var current) || !ReferenceEquals(current, joined));

        return new ConversationSubscription(channel.Reader, () =>
        {
            if (_listeners.TryGetValue(conversationKey, out var set))
            {
                set.TryRemove(id, out _);
                if (set.IsEmpty)
                {
                    _listeners.TryRemove(KeyValuePair.Create(conversationKey, set));
                }
            }
        });
    }

    /// <summary>
    /// Listens to every conversation (the channel outbox wakes on committed entries, which carry their conversation key).
    /// Under overload the oldest signals are dropped; listeners must be able to catch up from the database.
    /// </summary>
    public ConversationSubscription SubscribeAll()
    {
        var channel = Channel.CreateBounded<ConversationSignal>(new BoundedChannelOptions(4096)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Guid.NewGuid();
        _everything[id] = channel;
        return new ConversationSubscription(channel.Reader, () => _everything.TryRemove(id, out _));
    }

    public void Publish(string conversationKey, ConversationSignal signal)
    {
        foreach (var channel in _everything.Values)
        {
            channel.Writer.TryWrite(signal);
        }

        if (_listeners.TryGetValue(conversationKey, out var set))
        {
            foreach (var channel in set.Values)
            {
                channel.Writer.TryWrite(signal);
            }
        }
    }
}
