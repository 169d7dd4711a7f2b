using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightsBot.Tests.Channels.Telegram;

/// <summary>
/// A stand-in for the Telegram Bot API on 127.0.0.1 speaking its wire format (<c>POST /bot{token}/{method}</c> with
/// snake_case JSON, <c>{"ok":true,"result":…}</c>, files under <c>/file/bot{token}/{path}</c>). It records what the bot
/// sent and can be told to answer sendMessage with 429 (retry_after and Retry-After), 500, or slowly.
/// </summary>
public sealed class FakeTelegramBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_x";

    public enum Failure { TooManyRequests, ServerError, Slow }

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Failure> _failures = new();
    private readonly List<JsonObject> _updates = [];
    private readonly SemaphoreSlim _updateArrived = new(0);
    private int _messageIds;

    private FakeTelegramBotApi(WebApplication app) => _app = app;

    internal Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Messages the bot sent and the API accepted, in order.</summary>
    internal ConcurrentQueue<SentMessage> Sent { get; } = new();

    /// <summary>Every method called (accepted or not), in order.</summary>
    internal ConcurrentQueue<string> Calls { get; } = new();

    internal ConcurrentQueue<string> AnsweredCallbacks { get; } = new();

    internal ConcurrentDictionary<string, byte[]> Files { get; } = new();

    /// <summary>Makes the next sendMessage calls fail, one failure per call, in order.</summary>
    internal void FailNextSends(params Failure[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    /// <summary>When set, every sendMessage answers 500 (an outage).</summary>
    internal bool Down { get; set; }

    internal TimeSpan SlowFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Queues an update for getUpdates (long polling).</summary>
    internal void QueueUpdate(JsonObject update)
    {
        lock (_updates)
        {
            _updates.Add(update);
        }

        _updateArrived.Release();
    }

    internal IReadOnlyList<SentMessage> SentTo(long chatId) => [.. Sent.Where(m => m.ChatId == chatId)];

    internal static async Task<FakeTelegramBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTelegramBotApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var filePrefix = $"/file/bot{Token}/";
        if (path.StartsWith(filePrefix, StringComparison.Ordinal) && Files.TryGetValue(path[filePrefix.Length..], out var bytes))
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(bytes);
            return;
        }

        var prefix = $"/bot{Token}/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || context.Request.Method != "POST")
        {
            await ErrorAsync(context, 404, "Not Found");
            return;
        }

        var method = path[prefix.Length..];
        Calls.Enqueue(method);
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!.AsObject();
        switch (method)
        {
            case "getMe":
                await OkAsync(context, new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "Fake", ["username"] = "fake_bot" });
                break;
            case "sendMessage":
                await SendMessageAsync(context, body);
                break;
            case "answerCallbackQuery":
                AnsweredCallbacks.Enqueue(body["callback_query_id"]!.GetValue<string>());
                await OkAsync(context, true);
                break;
            case "sendChatAction" or "deleteWebhook" or "setWebhook":
                await OkAsync(context, true);
                break;
            case "getFile":
                var fileId = body["file_id"]!.GetValue<string>();
                await OkAsync(context, new JsonObject
                {
                    ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["file_size"] = Files.TryGetValue($"photos/{fileId}.jpg", out var file) ? file.Length : 0,
                    ["file_path"] = $"photos/{fileId}.jpg",
                });
                break;
            case "getUpdates":
                await GetUpdatesAsync(context, body);
                break;
            default:
                await ErrorAsync(context, 404, "Not Found: method not found");
                break;
        }
    }

    private async Task SendMessageAsync(HttpContext context, JsonObject body)
    {
        var failure = Down ? Failure.ServerError : _failures.TryDequeue(out var next) ? next : (Failure?)null;
        switch (failure)
        {
            case Failure.TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                await ErrorAsync(context, 429, "Too Many Requests: retry after 1", new JsonObject { ["retry_after"] = 1 });
                return;
            case Failure.ServerError:
                await ErrorAsync(context, 500, "Internal Server Error");
                return;
            case Failure.Slow:
                // The caller gives up first; a request it abandoned is not delivered.
                await Task.Delay(SlowFor, context.RequestAborted);
                break;
        }

        var chatId = body["chat_id"]!.GetValue<long>();
        var text = body["text"]!.GetValue<string>();
        var buttons = body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => new Button(b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>(), b["url"]?.GetValue<string>()))
            .ToList() ?? [];
        var id = Interlocked.Increment(ref _messageIds);
        Sent.Enqueue(new SentMessage(id, chatId, text, buttons));
        await OkAsync(context, new JsonObject
        {
            ["message_id"] = id, ["date"] = 1_763_900_000, ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" }, ["text"] = text,
        });
    }

    private async Task GetUpdatesAsync(HttpContext context, JsonObject body)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var timeout = TimeSpan.FromSeconds(Math.Min(body["timeout"]?.GetValue<int>() ?? 0, 1));
        JsonArray Pending()
        {
            lock (_updates)
            {
                // Confirmed updates (below the offset) are forgotten, as Telegram does.
                _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                return new JsonArray([.. _updates.Select(u => u.DeepClone())]);
            }
        }

        var updates = Pending();
        if (updates.Count == 0 && await _updateArrived.WaitAsync(timeout, context.RequestAborted))
        {
            updates = Pending();
        }

        await OkAsync(context, updates);
    }

    private static Task OkAsync(HttpContext context, JsonNode result) =>
        WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static Task ErrorAsync(HttpContext context, int status, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return WriteAsync(context, status, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record Button(string Text, string? CallbackData, string? Url);

    internal sealed record SentMessage(int MessageId, long ChatId, string Text, IReadOnlyList<Button> Buttons);
}
