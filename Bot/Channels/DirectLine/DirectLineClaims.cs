namespace RightsBot.Channels.DirectLine;

/// <summary>
/// What a valid Direct Line token grants: one conversation, as one user. <see cref="Generation"/> is the conversation's
/// token generation when it was issued (a refresh moves the conversation on, and older tokens stop working);
/// <see cref="StartedAt"/> is when the conversation's first token was issued, which bounds every later refresh.
/// </summary>
public sealed record DirectLineClaims(string ConversationId, string UserId, string Scope, DateTimeOffset Expires, long Generation, DateTimeOffset StartedAt);
