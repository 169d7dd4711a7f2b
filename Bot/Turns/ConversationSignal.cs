using RightsBot.Activities;

namespace RightsBot.Turns;

/// <summary>
/// Something happened in a conversation: its transcript grew (read it from the store), or an ephemeral activity
/// such as a typing indicator should be pushed live without being stored.
/// </summary>
public sealed record ConversationSignal(Activity? Ephemeral)
{
    public static ConversationSignal TranscriptAppended { get; } = new((Activity?)null);
}
