namespace RightsBot.Storage;

/// <summary>
/// The outcome of accepting an inbound activity: the stored entry, and whether it had been seen before. <see cref="Echo"/>
/// is the same entry with the text as typed, for the worker's own live stream only; it is never stored.
/// </summary>
public sealed record AppendResult(TranscriptEntry Entry, bool Duplicate)
{
    public TranscriptEntry Echo { get; init; } = Entry;
}
