using RightsBot.Activities;

namespace RightsBot.Channels.Delivery;

/// <summary>A committed outbound message (bot reply, status notice or staff message) and its place in the transcript.</summary>
public sealed record OutboundMessage(long Seq, Activity Activity);
