namespace RightsBot.Turns;

/// <summary>
/// One async lock per conversation, held while a turn runs and while staff take or return a conversation, so a
/// worker's message is handled either wholly before a takeover or wholly after it, never across it.
/// </summary>
public sealed class ConversationLocks(TimeProvider time) : KeyedLocks(time);
