using System.Net.WebSockets;
using System.Text;
using RightsBot.Activities;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream: replays the transcript after the watermark in the URL, then pushes new activities and
/// typing indicators live as text frames of <c>{"activities":[...],"watermark":"N"}</c>. The token comes in the query
/// (<c>t=</c>), since a browser cannot send headers on the upgrade. Frames from the client (empty pings) are discarded.
/// </summary>
public static partial class DirectLineStream
{
    public static async Task<IResult> AcceptAsync(
        string conversationId, string? watermark, string? t, HttpContext http, DirectLineTokens tokens, ConversationSignals signals,
        DirectLineLimits limits, IServiceScopeFactory scopes, ILoggerFactory loggers, CancellationToken ct)
    {
        var (check, _) = await tokens.ValidateAsync(t, conversationId, [DirectLineTokens.StreamScope, DirectLineTokens.ConversationScope], TimeSpan.Zero, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "This endpoint takes a WebSocket upgrade.");
        }

        var key = ConversationKey.For(DirectLineEndpoints.ChannelId, conversationId);
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<ConversationStore>().ExistsAsync(key, ct))
            {
                return DirectLineProblems.Create(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
            }
        }

        // Refused before the upgrade, so a client opening sockets in a loop costs a short HTTP answer, not a socket.
        using var slot = limits.TryOpenStream(key, Hosting.ClientAddress.Of(http));
        if (slot is null)
        {
            return DirectLineProblems.Create(StatusCodes.Status429TooManyRequests, "TooManyStreams", "Too many open streams for this conversation or address; close one first.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var logger = loggers.CreateLogger(typeof(DirectLineStream));
        try
        {
            await PumpAsync(socket, key, DirectLineEndpoints.ParseWatermark(watermark), signals, scopes, ct);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            Log.StreamClosed(logger, conversationId);
        }

        return Results.Empty;
    }

    private static async Task PumpAsync(WebSocket socket, string key, long after, ConversationSignals signals, IServiceScopeFactory scopes, CancellationToken requestAborted)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var receive = ReceiveUntilClosedAsync(socket, closed);

        // Subscribe before reading the backlog so nothing committed in between is missed.
        using var subscription = signals.Subscribe(key);
        var sent = await SendNewAsync(socket, key, after, scopes, closed.Token);
        try
        {
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var signal = await subscription.Reader.ReadAsync(closed.Token);
                if (signal.Ephemeral is { } ephemeral)
                {
                    // The worker's own typing goes to staff, not back to the worker.
                    if (sent > signal.AfterSeq || string.Equals(ephemeral.From?.Role, "user", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var json = $"{{\"activities\":[{ActivityJson.Serialize(ephemeral)}],\"watermark\":\"{sent}\"}}";
                    await SendTextAsync(socket, json, closed.Token);
                }
                else if (signal.Entries is { Count: > 0 } entries && entries[0].Seq == sent + 1)
                {
                    // Contiguous with what this socket has sent: deliver straight from the signal.
                    await SendTextAsync(socket, DirectLineEndpoints.ActivitySetJson(entries, sent), closed.Token);
                    sent = entries[^1].Seq;
                }
                else if (signal.Entries is { Count: > 0 } later && later[^1].Seq > sent)
                {
                    sent = await SendNewAsync(socket, key, sent, scopes, closed.Token);
                }
            }
        }
        finally
        {
            await closed.CancelAsync();
            await receive;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
    }

    private static async Task<long> SendNewAsync(WebSocket socket, string key, long after, IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ConversationStore>();
        while (true)
        {
            var entries = await store.ReadAfterAsync(key, after, 500, ct);
            if (entries.Count == 0)
            {
                return after;
            }

            await SendTextAsync(socket, DirectLineEndpoints.ActivitySetJson(entries, after), ct);
            after = entries[^1].Seq;
        }
    }

    private static Task SendTextAsync(WebSocket socket, string json, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client went away.
        }
        finally
        {
            await closed.CancelAsync();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Stream for conversation {ConversationId} closed")]
        public static partial void StreamClosed(ILogger logger, string conversationId);
    }
}
