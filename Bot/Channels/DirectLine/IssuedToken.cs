namespace RightsBot.Channels.DirectLine;

/// <summary>A freshly signed token and the seconds it lives (less than the lifetime asked for near the conversation's end).</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);
