namespace RightsBot.Storage;

/// <summary>The conversation's state was changed by someone else since it was loaded.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
