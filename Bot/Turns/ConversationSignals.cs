using System.Collections.Concurrent;
using System.Threading.Channels;

namespace RightsBot.Turns;

/// <summary>In-process fan-out of <see cref="ConversationSignal"/>s to whoever is listening to a conversation.</summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<ConversationSignal>>> _listeners = new(StringComparer.Ordinal);

    /// <summary>Starts listening; dispose the subscription to stop.</summary>
    public ConversationSubscription Subscribe(string conversationKey)
    {
        var channel = Channel.CreateBounded<ConversationSignal>(new BoundedChannelOptions(64)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Guid.NewGuid();
        _listeners.GetOrAdd(conversationKey, _ => new ConcurrentDictionary<Guid, Channel<ConversationSignal>>())[id] = channel;
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

    public void Publish(string conversationKey, ConversationSignal signal)
    {
        if (_listeners.TryGetValue(conversationKey, out var set))
        {
            foreach (var channel in set.Values)
            {
                channel.Writer.TryWrite(signal);
            }
        }
    }
}
