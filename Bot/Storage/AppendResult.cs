namespace RightsBot.Storage;

/// <summary>The outcome of accepting an inbound activity: the stored entry, and whether it had been seen before.</summary>
public sealed record AppendResult(TranscriptEntry Entry, bool Duplicate);
