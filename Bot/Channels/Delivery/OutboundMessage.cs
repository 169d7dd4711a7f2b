using RightsBot.Activities;

namespace RightsBot.Channels.Delivery;

/// <summary>
/// A committed outbound message (bot reply, status notice or staff message) and its place in the transcript.
/// <paramref name="Superseded"/>: a later message is already committed behind it (channels that can offer only the
/// latest message's choices leave them off this one).
/// </summary>
public sealed record OutboundMessage(long Seq, Activity Activity, bool Superseded = false);
