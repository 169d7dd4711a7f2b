namespace RightsBot.Channels.Delivery;

/// <summary>
/// How far a Telegram or WeChat conversation's transcript has been delivered to the worker's own app. The transcript
/// is the outbox: every bot reply, status notice and staff message is committed there before anyone sends it, and this
/// cursor moves on only after the channel accepted the message, so nothing accepted is lost and a restart resumes here.
/// </summary>
public sealed class ChannelDelivery
{
    /// <summary>The conversation (<c>telegram/conversations/{chatId}</c>, <c>wechat/conversations/{openId}</c>).</summary>
    public required string ConversationKey { get; set; }

    public required string ChannelId { get; set; }

    /// <summary>Every transcript entry up to this sequence number has been delivered (or needs no delivery).</summary>
    public long DeliveredSeq { get; set; }

    /// <summary>Parts of the entry after <see cref="DeliveredSeq"/> already sent (a long message goes out in parts).</summary>
    public int DeliveredParts { get; set; }

    /// <summary>Failed attempts in a row at the next part.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt may be made after a failure (backoff, or the channel's Retry-After).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>
    /// The channel cannot take messages until the worker writes again (WeChat's 48-hour window has closed, or the
    /// worker blocked the bot); messages wait in the transcript and go out with the next contact.
    /// </summary>
    public bool Held { get; set; }

    /// <summary>When the worker last wrote (opens WeChat's 48-hour customer-service window).</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
