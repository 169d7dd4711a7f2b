using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RightsBot.Tests.Support;

/// <summary>A small Direct Line 3.0 client over HTTP polling, speaking the wire format as Web Chat does.</summary>
internal sealed class DirectLineTestClient : IWorkerChat, IDisposable
{
    private readonly HttpClient _http;
    private long _watermark;
    private int _clientIds;

    private DirectLineTestClient(HttpClient http, string conversationId, string token, string streamUrl)
    {
        _http = http;
        ConversationId = conversationId;
        Token = token;
        StreamUrl = streamUrl;
    }

    public string ConversationId { get; }
    public string Token { get; private set; }
    public string StreamUrl { get; }
    public HttpClient Http => _http;

    /// <summary>The last watermark received by polling.</summary>
    public long Watermark => _watermark;

    /// <summary>Every activity received so far, in order.</summary>
    public List<JsonObject> Received { get; } = [];

    public static async Task<DirectLineTestClient> StartAsync(Uri server)
    {
        var http = new HttpClient { BaseAddress = new Uri(server, "/v3/directline/") };
        var generated = await http.PostAsync("tokens/generate", null);
        generated.EnsureSuccessStatusCode();
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "conversations") { Content = JsonContent.Create(new { user = new { } }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineTestClient(http, body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>(), body["streamUrl"]!.GetValue<string>());
    }

    /// <summary>Continues a known conversation (as Web Chat does after a reload): reconnect with the saved token.</summary>
    public static async Task<DirectLineTestClient> ResumeAsync(Uri server, string conversationId, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(server, "/v3/directline/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"conversations/{conversationId}?watermark=");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var client = new DirectLineTestClient(http, conversationId, body["token"]!.GetValue<string>(), body["streamUrl"]!.GetValue<string>());
        await client.PollAsync();
        return client;
    }

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return _http.SendAsync(request);
    }

    /// <summary>Posts a message as Web Chat does (with a clientActivityID) and returns the server id.</summary>
    public async Task<string> SayAsync(string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "ignored", ["role"] = "user" },
            ["locale"] = "zh-CN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"test-{Interlocked.Increment(ref _clientIds)}-{Guid.NewGuid():N}" },
        };
        var response = await SendRawAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    Task IWorkerChat.SendAsync(string text) => SayAsync(text);

    Task IWorkerChat.SendPhotoAsync(byte[] jpeg) => UploadAsync(jpeg, "image/jpeg", "photo.jpg");

    /// <summary>Sends a file as Web Chat does (multipart upload with the activity part) and returns the server id.</summary>
    public async Task<string> UploadAsync(byte[] content, string contentType, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = contentType, ["name"] = fileName }),
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"upload-{Guid.NewGuid():N}" },
        }.ToJsonString()));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        var response = await SendRawAsync(HttpMethod.Post, $"conversations/{ConversationId}/upload?userId=x", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Polls until a bot message satisfying <paramref name="match"/> arrives after the current watermark; returns all new bot messages.</summary>
    public async Task<List<JsonObject>> WaitForBotAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TestTimeouts.Turn);
        var collected = new List<JsonObject>();
        try
        {
            while (true)
            {
                var batch = await PollAsync(cts.Token);
                collected.AddRange(batch.Where(IsBotMessage));
                if (collected.Any(match))
                {
                    return collected;
                }

                await Task.Delay(50, cts.Token);
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            var recent = Received.TakeLast(6).Select(a => $"[{a["from"]?["role"]}] {Text(a)}");
            throw new TimeoutException("The expected bot message did not arrive. Last activities:\n" + string.Join("\n", recent));
        }
    }

    /// <summary>Waits for the bot's reply text containing <paramref name="fragment"/>; returns the texts of the new bot messages.</summary>
    public async Task<List<string>> ExpectAsync(string fragment)
    {
        var messages = await WaitForBotAsync(m => Text(m).Contains(fragment, StringComparison.Ordinal));
        return [.. messages.Select(Text)];
    }

    public async Task<List<JsonObject>> PollAsync(CancellationToken ct = default)
    {
        var response = await SendRawAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities?watermark={(_watermark == 0 ? string.Empty : _watermark)}");
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        _watermark = long.Parse(set["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var activities = set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Received.AddRange(activities);
        return activities;
    }

    public static bool IsBotMessage(JsonObject activity) =>
        activity["type"]?.GetValue<string>() == "message" && activity["from"]?["role"]?.GetValue<string>() == "bot";

    public static string Text(JsonObject activity) => activity["text"]?.GetValue<string>() ?? string.Empty;

    public static IReadOnlyList<string> Buttons(JsonObject activity) =>
        activity["suggestedActions"]?["actions"]?.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList() ?? [];

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    public void Dispose() => _http.Dispose();
}
