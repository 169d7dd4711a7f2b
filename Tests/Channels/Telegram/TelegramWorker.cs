using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.Telegram;

/// <summary>
/// A worker in a private Telegram chat: their messages reach the bot as webhook updates (as Telegram posts them), and
/// the bot's replies are read from what the fake Bot API accepted. Saying a button's title presses the button.
/// </summary>
internal sealed class TelegramWorker(HttpClient bot, FakeTelegramBotApi api, long chatId, string secret) : IWorkerChat
{
    private static int _updateIds = 500_000;
    private int _read;

    public long ChatId { get; } = chatId;

    /// <summary>The last message read so far (its buttons are the ones a press uses).</summary>
    public FakeTelegramBotApi.SentMessage? Last { get; private set; }

    public static int NextUpdateId() => Interlocked.Increment(ref _updateIds);

    public async Task SendAsync(string text)
    {
        if (Last?.Buttons.FirstOrDefault(b => b.Text == text && b.CallbackData is not null) is { } button)
        {
            await PressAsync(button);
            return;
        }

        await PostAsync(Update(new JsonObject { ["text"] = text }));
    }

    public async Task PressAsync(FakeTelegramBotApi.Button button) =>
        await PostAsync(new JsonObject
        {
            ["update_id"] = NextUpdateId(),
            ["callback_query"] = new JsonObject
            {
                ["id"] = $"cbq-{Guid.NewGuid():N}",
                ["from"] = From(),
                ["message"] = new JsonObject { ["message_id"] = Last!.MessageId, ["date"] = 1_763_900_000, ["chat"] = Chat(), ["text"] = Last.Text },
                ["chat_instance"] = "-42",
                ["data"] = button.CallbackData,
            },
        });

    public async Task SendPhotoAsync(byte[] jpeg)
    {
        var fileId = $"photo-{Guid.NewGuid():N}";
        api.Files[$"photos/{fileId}.jpg"] = jpeg;
        await PostAsync(Update(new JsonObject
        {
            ["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = fileId + "-small", ["file_unique_id"] = "s", ["width"] = 90, ["height"] = 90, ["file_size"] = 100 },
                new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "b", ["width"] = 800, ["height"] = 600, ["file_size"] = jpeg.Length }),
        }));
    }

    /// <summary>A message update from this worker, with the fields Telegram always sends.</summary>
    public JsonObject Update(JsonObject content)
    {
        var message = new JsonObject { ["message_id"] = NextUpdateId(), ["date"] = 1_763_900_000, ["chat"] = Chat(), ["from"] = From() };
        foreach (var (name, value) in content)
        {
            message[name] = value?.DeepClone();
        }

        return new JsonObject { ["update_id"] = NextUpdateId(), ["message"] = message };
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? secretToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/telegram") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secretToken is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secretToken);
        }

        return await bot.SendAsync(request);
    }

    public async Task PostAsync(JsonObject update)
    {
        var response = await PostRawAsync(update.ToJsonString(), secret);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<List<string>> ExpectAsync(string fragment)
    {
        var messages = await WaitForAsync(m => m.Text.Contains(fragment, StringComparison.Ordinal));
        return [.. messages.Select(m => m.Text)];
    }

    /// <summary>Waits until a new message matches; returns all messages new since the last wait.</summary>
    public async Task<List<FakeTelegramBotApi.SentMessage>> WaitForAsync(Func<FakeTelegramBotApi.SentMessage, bool> match)
    {
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        var collected = new List<FakeTelegramBotApi.SentMessage>();
        while (true)
        {
            var all = api.SentTo(ChatId);
            foreach (var message in all.Skip(_read))
            {
                collected.Add(message);
                _read++;
                Last = message;
                if (match(message))
                {
                    return collected;
                }
            }

            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException("The expected Telegram message did not arrive. Last ones:\n" + string.Join("\n", all.TakeLast(5).Select(m => m.Text)));
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }

    private JsonObject Chat() => new() { ["id"] = ChatId, ["type"] = "private", ["first_name"] = "Ann" };

    private JsonObject From() => new() { ["id"] = ChatId, ["is_bot"] = false, ["first_name"] = "Ann", ["language_code"] = "zh-hans" };
}
