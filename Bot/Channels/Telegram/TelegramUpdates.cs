using System.Globalization;
using RightsBot.Activities;
using RightsBot.Channels.Delivery;
using RightsBot.Storage;
using RightsBot.Turns;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TgMessage = Telegram.Bot.Types.Message;

namespace RightsBot.Channels.Telegram;

/// <summary>
/// Turns one Telegram update (from the webhook or from long polling) into an activity for the one turn pipeline:
/// private chats only, de-duplicated by update_id, button presses mapped back to the action's value and answered,
/// photos and documents kept as attachments. Replies go out later through the outbox.
/// </summary>
public sealed partial class TelegramUpdates(
    ConversationStore store,
    TurnIngress ingress,
    DeliveryCursors cursors,
    TelegramClients clients,
    TelegramCallbackAnswers callbackAnswers,
    ChannelAttachments attachments,
    ILogger<TelegramUpdates> logger)
{
    public const string ChannelId = "telegram";

    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        switch (update)
        {
            case { Message: { Chat.Type: ChatType.Private } message }:
                await OnMessageAsync(message, updateId, ct);
                break;
            case { CallbackQuery: { } query }:
                callbackAnswers.Enqueue(query.Id);
                await OnButtonAsync(query, updateId, ct);
                break;
            default:
                // Groups, channels, edits and other update kinds: the bot serves workers one to one only.
                Log.Ignored(logger, update.Type.ToString());
                break;
        }
    }

    private async Task OnMessageAsync(TgMessage message, string updateId, CancellationToken ct)
    {
        var chatId = message.Chat.Id.ToString(CultureInfo.InvariantCulture);
        var key = ConversationKey.For(ChannelId, chatId);
        if (await store.SeenAsync(key, updateId, ct))
        {
            Log.Duplicate(logger, Storage.ConversationKey.ForLog(key));
            return;
        }

        var user = User(message.From?.Id ?? message.Chat.Id);
        await OpenAsync(key, chatId, user, ct);

        List<Attachment>? files = null;
        if (FileOf(message) is { } file && await DownloadAsync(key, file, ct) is { } stored)
        {
            files = [stored];
        }

        // Voice, stickers, locations, refused files: a message without text or files, which the bot answers kindly.
        var text = message.Text ?? message.Caption;
        await AcceptAsync(key, new Activity { Text = text, From = user, Attachments = files }, updateId, ct);
    }

    private async Task OnButtonAsync(CallbackQuery query, string updateId, CancellationToken ct)
    {
        if (query.Message is { } message && message.Chat.Type != ChatType.Private)
        {
            return;
        }

        var chatId = (query.Message?.Chat.Id ?? query.From.Id).ToString(CultureInfo.InvariantCulture);
        var key = ConversationKey.For(ChannelId, chatId);
        if (!await store.ExistsAsync(key, ct) || !TelegramSender.TryParseCallbackData(query.Data, out var seq, out var index))
        {
            return;
        }

        var action = (await store.ReadAfterAsync(key, seq - 1, 1, ct))
            .Where(e => e.Seq == seq && !e.Inbound)
            .Select(e => ActivityJson.Deserialize(e.Json)?.SuggestedActions?.Actions)
            .FirstOrDefault() is { } actions && index < actions.Count ? actions[index] : null;
        if (action is null)
        {
            return;
        }

        var user = User(query.From.Id);
        await OpenAsync(key, chatId, user, ct);
        await AcceptAsync(key, new Activity { Text = action.Value, From = user }, updateId, ct);
    }

    /// <summary>Creates the conversation on first contact (the worker gets the greeting and menu) and opens the channel's window.</summary>
    private async Task OpenAsync(string key, string chatId, ChannelAccount user, CancellationToken ct)
    {
        var existed = await store.ExistsAsync(key, ct);
        if (!existed)
        {
            await store.EnsureConversationAsync(ChannelId, chatId, user.Id, ct);
        }

        await cursors.RecordInboundAsync(key, ChannelId, ct);
        if (!existed)
        {
            await ingress.StartAsync(key, user, ct);
        }
    }

    private async Task AcceptAsync(string key, Activity activity, string updateId, CancellationToken ct)
    {
        var result = await ingress.AcceptAsync(key, activity with { Type = ActivityTypes.Message, ChannelId = ChannelId, Locale = "zh-CN" }, updateId, ct);
        Log.Accepted(logger, Storage.ConversationKey.ForLog(key), activity.Text?.Length ?? 0, activity.Attachments?.Count ?? 0, result.Duplicate);
    }

    private async Task<Attachment?> DownloadAsync(string key, (string FileId, string ContentType, string Name, long? Size) file, CancellationToken ct)
    {
        if (!ChannelAttachments.IsAllowedType(file.ContentType) || file.Size > attachments.MaxBytes)
        {
            Log.FileRefused(logger, Storage.ConversationKey.ForLog(key), file.ContentType, file.Size ?? -1);
            return null;
        }

        var client = clients.Create();
        var stored = await attachments.SaveAsync(key, file.ContentType, file.Name, (target, token) => client.GetInfoAndDownloadFile(file.FileId, target, token), ct);
        if (stored is null)
        {
            Log.FileRefused(logger, Storage.ConversationKey.ForLog(key), file.ContentType, file.Size ?? -1);
        }

        return stored;
    }

    private static (string FileId, string ContentType, string Name, long? Size)? FileOf(TgMessage message) => message switch
    {
        // Telegram offers each photo in several sizes; the last is the largest. Photos are always JPEG.
        { Photo: { Length: > 0 } sizes } => (sizes[^1].FileId, "image/jpeg", "photo.jpg", sizes[^1].FileSize),
        { Document: { } document } => (document.FileId, document.MimeType ?? "application/octet-stream", document.FileName ?? "file", document.FileSize),
        _ => null,
    };

    private static ChannelAccount User(long userId) => new() { Id = "tg_" + userId.ToString(CultureInfo.InvariantCulture), Role = "user" };

    private static partial class Log
    {
        [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "Telegram message accepted in {ConversationKey}: {TextLength} chars, {FileCount} files (duplicate: {Duplicate})")]
        public static partial void Accepted(ILogger logger, string conversationKey, int textLength, int fileCount, bool duplicate);

        [LoggerMessage(EventId = 7112, Level = LogLevel.Information, Message = "Telegram update already processed in {ConversationKey}")]
        public static partial void Duplicate(ILogger logger, string conversationKey);

        [LoggerMessage(EventId = 7113, Level = LogLevel.Debug, Message = "Telegram update of kind {Kind} ignored")]
        public static partial void Ignored(ILogger logger, string kind);

        [LoggerMessage(EventId = 7114, Level = LogLevel.Information, Message = "A file in {ConversationKey} was not kept ({ContentType}, {Size} bytes)")]
        public static partial void FileRefused(ILogger logger, string conversationKey, string contentType, long size);
    }
}
