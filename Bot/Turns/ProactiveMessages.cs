using RightsBot.Activities;
using RightsBot.Hosting;
using RightsBot.Storage;

namespace RightsBot.Turns;

/// <summary>
/// Messages to a worker outside a turn (case status news, queue news, staff messages): committed to the transcript,
/// then announced, so Direct Line streams push them at once and the channel outbox sends them, like a turn's replies.
/// </summary>
public sealed class ProactiveMessages(TranscriptWriter writer, ConversationSignals signals, BotIdentity bot)
{
    /// <summary>Sends <paramref name="message"/>, from the bot unless it names its sender.</summary>
    public async Task SendAsync(string conversationKey, Activity message, CancellationToken ct)
    {
        var stored = await writer.AppendOutboundAsync(conversationKey, [message.From is null ? message with { From = bot.Account } : message], ct);
        signals.Publish(conversationKey, ConversationSignal.Appended(stored));
    }

    public Task SendTextAsync(string conversationKey, string text, CancellationToken ct) => SendAsync(conversationKey, Activity.BotMessage(text), ct);
}
