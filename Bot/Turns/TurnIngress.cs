using RightsBot.Activities;
using RightsBot.Storage;

namespace RightsBot.Turns;

/// <summary>
/// The front door of the turn pipeline for every channel: de-duplicates by the channel's message id, records the
/// activity in the transcript (the echo Web Chat waits for), and schedules the turn. An accepted message is durable
/// before the channel is acknowledged.
/// </summary>
public sealed class TurnIngress(ConversationStore store, ConversationSignals signals, TurnScheduler scheduler)
{
    public const string ConversationStartId = "conversation-start";

    public async Task<AppendResult> AcceptAsync(string conversationKey, Activity activity, string? channelMessageId, CancellationToken ct)
    {
        var result = await store.AppendInboundAsync(conversationKey, activity, channelMessageId, ct);
        if (!result.Duplicate)
        {
            signals.Publish(conversationKey, ConversationSignal.Appended([result.Echo]));
        }

        // Scheduling a duplicate is harmless and re-drives a message that was accepted but not yet answered.
        scheduler.Schedule(conversationKey);
        return result;
    }

    /// <summary>Tells the bot a conversation began (once per conversation), so it can greet the worker.</summary>
    public Task<AppendResult> StartAsync(string conversationKey, ChannelAccount user, CancellationToken ct) =>
        AcceptAsync(
            conversationKey,
            new Activity { Type = ActivityTypes.ConversationUpdate, From = user, MembersAdded = [user] },
            ConversationStartId,
            ct);
}
