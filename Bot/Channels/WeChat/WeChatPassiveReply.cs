using RightsBot.Channels.Delivery;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// The bot's answer, ready to go back as the passive reply, while the conversation's delivery lock is held. Once the
/// reply is written, <see cref="MarkDeliveredAsync"/> moves the cursor; disposing lets the outbox take over again.
/// </summary>
public sealed class WeChatPassiveReply(string conversationKey, string text, long upToSeq, IDisposable deliveryLock, DeliveryCursors cursors, DeliveryDispatcher dispatcher)
    : IDisposable
{
    public string Text { get; } = text;

    public Task MarkDeliveredAsync(CancellationToken ct) => cursors.AdvanceAsync(conversationKey, upToSeq, 0, ct);

    public void Dispose()
    {
        deliveryLock.Dispose();
        dispatcher.Kick(conversationKey);
    }
}
