using RightsBot.Activities;

namespace RightsBot.Turns;

/// <summary>
/// Something happened in a conversation: its transcript grew (the committed entries come along), or an ephemeral activity
/// such as a typing indicator should be pushed live without being stored. An ephemeral activity is stale once the
/// transcript has moved past <paramref name="AfterSeq"/> (a typing indicator must never follow the reply it announced).
/// </summary>
public sealed record ConversationSignal(Activity? Ephemeral, long AfterSeq = 0)
{
    /// <summary>Entries just committed, in order (listeners deliver them without reading them back).</summary>
    public IReadOnlyList<Storage.TranscriptEntry>? Entries { get; init; }

    public static ConversationSignal Appended(IReadOnlyList<Storage.TranscriptEntry> entries) => new((Activity?)null) { Entries = entries };
}
