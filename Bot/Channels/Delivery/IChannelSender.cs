namespace RightsBot.Channels.Delivery;

/// <summary>Sends committed messages to one messaging channel (Telegram, WeChat) for the dispatcher.</summary>
public interface IChannelSender
{
    string ChannelId { get; }

    /// <summary>How many sends the message takes (long texts are split); 0 when there is nothing to show.</summary>
    int CountParts(OutboundMessage message);

    /// <summary>Whether the channel lets the bot write to this worker now (WeChat: within 48 hours of their last message).</summary>
    bool MaySend(ChannelDelivery cursor, DateTimeOffset now);

    /// <summary>Sends one part. Never throws for channel trouble: the outcome says what to do next.</summary>
    Task<DeliveryOutcome> SendAsync(string recipientId, OutboundMessage message, int part, CancellationToken ct);
}
