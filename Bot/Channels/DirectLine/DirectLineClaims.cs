namespace RightsBot.Channels.DirectLine;

/// <summary>What a valid Direct Line token grants: one conversation, as one user.</summary>
public sealed record DirectLineClaims(string ConversationId, string UserId, string Scope, DateTimeOffset Expires);
