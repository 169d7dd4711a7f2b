using RightsBot.Turns;

namespace RightsBot.Channels.Delivery;

/// <summary>
/// One sender at a time per conversation: the outbox dispatcher, or a WeChat request waiting to answer passively.
/// Whoever holds a conversation's lock is the only one that may send its messages or move its cursor.
/// </summary>
public sealed class DeliveryLocks(TimeProvider time) : KeyedLocks(time);
