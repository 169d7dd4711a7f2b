using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace RightsBot.Benchmarks;

/// <summary>One Web Chat-like conversation: REST for sending, the WebSocket stream for receiving.</summary>
internal sealed class DirectLineSession : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _activities;
    private readonly string _token;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _marked = new();
    private Task _receive = Task.CompletedTask;

    private DirectLineSession(HttpClient http, Uri activities, string token)
    {
        _http = http;
        _activities = activities;
        _token = token;
    }

    public static async Task<DirectLineSession> StartAsync(HttpClient http, Uri server)
    {
        var generated = await (await http.PostAsync(new Uri(server, "/v3/directline/tokens/generate"), null)).Content.ReadFromJsonAsync<JsonObject>();
        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/v3/directline/conversations"));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", generated!["token"]!.GetValue<string>());
        var conversation = (await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = conversation["conversationId"]!.GetValue<string>();
        var session = new DirectLineSession(http, new Uri(server, $"/v3/directline/conversations/{id}/activities"), conversation["token"]!.GetValue<string>());
        await session._socket.ConnectAsync(new Uri(conversation["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        session._receive = session.ReceiveAsync();
        return session;
    }

    public async Task RoundTripAsync(string text, string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _activities) { Content = new StringContent(DirectLineBenchmark.Body(text, clientId), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var reply = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var response = await _http.SendAsync(request);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var waiter = _waiting.GetOrAdd(id, reply);
        await waiter.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Completes when a message whose text ends with <c>#marker</c> arrives on the stream.</summary>
    public Task WaitForMarkerAsync(string marker) =>
        _marked.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Sends a message without waiting for the bot.</summary>
    public async Task SendAsync(string text, string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _activities) { Content = new StringContent(DirectLineBenchmark.Body(text, clientId), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 20];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                    count += result.Count;
                }
                while (!result.EndOfMessage);

                if (count == 0)
                {
                    continue;
                }

                var set = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, count))!;
                foreach (var activity in set["activities"]!.AsArray())
                {
                    if (activity!["from"]?["role"]?.GetValue<string>() == "bot" && activity["replyToId"]?.GetValue<string>() is { } replyTo)
                    {
                        _waiting.GetOrAdd(replyTo, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                    }

                    if (activity["text"]?.GetValue<string>() is { } text && text.LastIndexOf('#') is var hash and >= 0)
                    {
                        _marked.GetOrAdd(text[(hash + 1)..], _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                    }
                }
            }
        }
        catch (WebSocketException)
        {
            // Closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            await _receive.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException)
        {
            // Already gone.
        }

        _socket.Dispose();
    }
}
