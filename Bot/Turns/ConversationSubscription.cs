using System.Threading.Channels;

namespace RightsBot.Turns;

/// <summary>A live subscription to one conversation's signals.</summary>
public sealed class ConversationSubscription(ChannelReader<ConversationSignal> reader, Action unsubscribe) : IDisposable
{
    private int _disposed;

    public ChannelReader<ConversationSignal> Reader { get; } = reader;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            unsubscribe();
        }
    }
}
