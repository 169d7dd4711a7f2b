using System.Globalization;
using RightsBot.Activities;
using RightsBot.Channels.Delivery;
using RightsBot.Localization;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace RightsBot.Channels.Telegram;

/// <summary>
/// Sends committed messages with sendMessage. Suggested actions become inline keyboard buttons whose callback data is
/// <c>{seq}:{index}</c> (well under Telegram's 64 bytes): the press is mapped back to the action's value from the stored
/// message, so old buttons keep meaning what they said.
/// </summary>
public sealed class TelegramSender(TelegramClients clients) : IChannelSender
{
    public const int MaxTextLength = 4096;

    public string ChannelId => TelegramUpdates.ChannelId;

    public int CountParts(OutboundMessage message) => Parts(message.Activity).Count;

    public bool MaySend(ChannelDelivery cursor, DateTimeOffset now) => true;

    public async Task<DeliveryOutcome> SendAsync(string recipientId, OutboundMessage message, int part, CancellationToken ct)
    {
        var parts = Parts(message.Activity);
        if (!long.TryParse(recipientId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return DeliveryOutcome.Reject("not a Telegram chat id");
        }

        var markup = part == parts.Count - 1 ? Keyboard(message) : null;
        try
        {
            await clients.Create().SendMessage(chatId, parts[part], replyMarkup: markup, cancellationToken: ct);
            return DeliveryOutcome.Sent;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            return DeliveryOutcome.Later(ex.Parameters?.RetryAfter is int seconds ? TimeSpan.FromSeconds(seconds) : null, "429 Too Many Requests");
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            // The worker blocked the bot or deleted their account; try again when they write.
            return DeliveryOutcome.Hold("403 " + ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is >= 500 or 408)
        {
            return DeliveryOutcome.Later(null, $"{ex.ErrorCode} from the Bot API");
        }
        catch (ApiRequestException ex)
        {
            return DeliveryOutcome.Reject($"{ex.ErrorCode} {ex.Message}");
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Timeouts, network errors, an open circuit: all passing.
            return DeliveryOutcome.Later(null, ex.GetType().Name);
        }
    }

    /// <summary>The message text in pieces Telegram accepts; nothing when there is nothing to show.</summary>
    internal static IReadOnlyList<string> Parts(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return activity.SuggestedActions is { Actions.Count: > 0 } ? [BotText.ChooseBelow] : [];
        }

        return OutboundText.Split(text, MaxTextLength);
    }

    private static InlineKeyboardMarkup? Keyboard(OutboundMessage message)
    {
        if (message.Activity.SuggestedActions is not { Actions.Count: > 0 } suggested)
        {
            return null;
        }

        var rows = suggested.Actions.Select((action, index) => new[]
        {
            string.Equals(action.Type, "openUrl", StringComparison.Ordinal)
                ? InlineKeyboardButton.WithUrl(action.Title, action.Value)
                : InlineKeyboardButton.WithCallbackData(action.Title, CallbackData(message.Seq, index)),
        });
        return new InlineKeyboardMarkup(rows);
    }

    internal static string CallbackData(long seq, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{seq}:{index}");

    internal static bool TryParseCallbackData(string? data, out long seq, out int index)
    {
        seq = 0;
        index = 0;
        var colon = data?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0
            && long.TryParse(data.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out seq)
            && int.TryParse(data.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
