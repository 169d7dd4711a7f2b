using System.Globalization;
using Microsoft.Extensions.Options;
using RightsBot.Activities;
using RightsBot.Channels.Delivery;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// Turns one WeChat push into an activity for the one turn pipeline and waits a little for the answer. De-duplicated by
/// MsgId (events by their time), numbers mapped back to the choices last shown, images kept as attachments, voice and
/// other kinds answered kindly by the bot. When the turn's replies are committed within the passive-reply window they
/// are handed back to be the passive reply, with the conversation's delivery lock held so the outbox cannot also send
/// them; otherwise the request answers "success" and the outbox sends them through the customer-service API.
/// </summary>
public sealed partial class WeChatConversations(
    ConversationStore store,
    TurnIngress ingress,
    ConversationSignals signals,
    DeliveryCursors cursors,
    DeliveryLocks locks,
    DeliveryDispatcher dispatcher,
    WeChatApi api,
    ChannelAttachments attachments,
    IOptions<WeChatOptions> options,
    TimeProvider time,
    ILogger<WeChatConversations> logger)
{
    public const string ChannelId = "wechat";

    /// <summary>The passive reply to give, or null to answer "success".</summary>
    public async Task<WeChatPassiveReply?> HandleAsync(WeChatMessage message, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(options.Value.PassiveReplySeconds);
        var isEvent = string.Equals(message.MsgType, "event", StringComparison.Ordinal);
        var eventName = message.Event?.ToLowerInvariant();
        if (isEvent && eventName is not ("subscribe" or "click"))
        {
            // unsubscribe, VIEW, SCAN, LOCATION …: nothing to answer.
            return null;
        }

        var openId = message.FromUserName;
        var key = ConversationKey.For(ChannelId, openId);
        var user = new ChannelAccount { Id = openId, Role = "user" };
        var existed = await store.ExistsAsync(key, ct);
        if (!existed)
        {
            await store.EnsureConversationAsync(ChannelId, openId, openId, ct);
        }

        await cursors.RecordInboundAsync(key, ChannelId, ct);
        var messageId = isEvent
            ? string.Create(CultureInfo.InvariantCulture, $"event:{eventName}:{message.CreateTime}")
            : message.MsgId ?? string.Create(CultureInfo.InvariantCulture, $"msg:{message.CreateTime}");
        var activity = eventName == "subscribe" ? null : await ToActivityAsync(message, key, messageId, user, ct);

        // Hold the conversation's delivery while the turn runs, so its replies are not also sent by the outbox.
        var held = await locks.AcquireAsync(key, Remaining(deadline), ct);
        using var subscription = signals.Subscribe(key);
        AppendResult? started = existed ? null : await ingress.StartAsync(key, user, ct);
        var accepted = activity is null ? started : await ingress.AcceptAsync(key, activity, messageId, ct);
        Log.Accepted(logger, Storage.ConversationKey.ForLog(key), message.MsgType, activity?.Text?.Length ?? 0, accepted?.Duplicate ?? false);
        if (held is null)
        {
            return null;
        }

        try
        {
            if (accepted is not null && await AnsweredInTimeAsync(key, accepted.Entry.Id, subscription, deadline, ct)
                && await PassiveTextAsync(key, ct) is { } passive)
            {
                var reply = new WeChatPassiveReply(key, passive.Text, passive.UpToSeq, held, cursors, dispatcher);
                held = null;
                return reply;
            }

            Log.AnsweringLater(logger, Storage.ConversationKey.ForLog(key));
            return null;
        }
        finally
        {
            if (held is not null)
            {
                held.Dispose();
                dispatcher.Kick(key);
            }
        }
    }

    private async Task<Activity?> ToActivityAsync(WeChatMessage message, string key, string messageId, ChannelAccount user, CancellationToken ct)
    {
        string? text = null;
        List<Attachment>? files = null;
        switch (message.MsgType)
        {
            case "text":
                text = message.Content;
                break;
            case "event":
                // A menu item of type "click": its key is what the worker chose.
                text = message.EventKey;
                break;
            case "voice" when !string.IsNullOrWhiteSpace(message.Recognition):
                text = message.Recognition;
                break;
            case "image" when Uri.TryCreate(message.PicUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                if (!await store.SeenAsync(key, messageId, ct) && await DownloadAsync(key, url, ct) is { } stored)
                {
                    files = [stored];
                }

                break;
            default:
                // Voice without recognition, video, location, link …: an empty message, which the bot answers kindly.
                break;
        }

        if (text is not null && WeChatChoices.Resolve(text, await cursors.LastDeliveredMessageAsync(key, ct)) is { } chosen)
        {
            text = chosen;
        }

        return new Activity { Type = ActivityTypes.Message, ChannelId = ChannelId, From = user, Text = text, Attachments = files, Locale = "zh-CN" };
    }

    private async Task<Attachment?> DownloadAsync(string key, Uri url, CancellationToken ct)
    {
        try
        {
            return await attachments.SaveAsync(key, "image/jpeg", "photo.jpg", (target, token) => api.DownloadAsync(url, target, token), ct);
        }
        catch (HttpRequestException ex) when (WeChatMediaRefusedException.IsIn(ex))
        {
            Log.ImageRefused(logger, Storage.ConversationKey.ForLog(key));
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            Log.ImageFailed(logger, Storage.ConversationKey.ForLog(key), ex.GetType().Name);
            return null;
        }
    }

    private async Task<bool> AnsweredInTimeAsync(string key, long entryId, ConversationSubscription subscription, DateTimeOffset deadline, CancellationToken ct)
    {
        while (true)
        {
            // Past the window the answer goes through the API even if it is ready now: the window is the promise.
            var left = Remaining(deadline);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            if (!(await store.PendingAsync(key, ct)).Any(e => e.Id == entryId))
            {
                return true;
            }

            using var timeout = new CancellationTokenSource(left, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, ct);
            try
            {
                await subscription.Reader.ReadAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    /// <summary>Everything not yet delivered, as one passive text; null when there is nothing, or it is too long for one message.</summary>
    private async Task<(string Text, long UpToSeq)?> PassiveTextAsync(string key, CancellationToken ct)
    {
        var cursor = await cursors.FindAsync(key, ct);
        if (cursor is null || cursor.DeliveredParts > 0)
        {
            return null;
        }

        var entries = await store.ReadAfterAsync(key, cursor.DeliveredSeq, 100, ct);
        var messages = entries.Where(DeliveryDispatcher.IsDeliverable).Select(e => ActivityJson.Deserialize(e.Json)).OfType<Activity>().ToList();
        if (messages.Count == 0)
        {
            return null;
        }

        // One passive reply is one message: the texts joined, with only the last message's choices (the ones a number answers).
        var text = string.Join("\n\n", messages.Select((m, i) => WeChatChoices.Render(m, withChoices: i == messages.Count - 1)).Where(t => !string.IsNullOrWhiteSpace(t)));
        return text.Length is > 0 and <= WeChatSender.MaxTextLength ? (text, entries[^1].Seq) : null;
    }

    private TimeSpan Remaining(DateTimeOffset deadline)
    {
        var left = deadline - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "WeChat {MsgType} accepted in {ConversationKey}: {TextLength} chars (duplicate: {Duplicate})")]
        public static partial void Accepted(ILogger logger, string conversationKey, string msgType, int textLength, bool duplicate);

        [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "No passive reply in time for {ConversationKey}; the answer goes through the customer-service API")]
        public static partial void AnsweringLater(ILogger logger, string conversationKey);

        [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "An image in {ConversationKey} could not be fetched ({Error})")]
        public static partial void ImageFailed(ILogger logger, string conversationKey, string error);

        [LoggerMessage(EventId = 7204, Level = LogLevel.Warning, Message = "An image in {ConversationKey} was not fetched: its URL, a redirect or its address is not an allowed WeChat media host")]
        public static partial void ImageRefused(ILogger logger, string conversationKey);
    }
}
