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

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>
/// A stand-in for WeChat's API server on 127.0.0.1: <c>GET /cgi-bin/token</c> hands out access tokens (a new one
/// invalidates the old), <c>POST /cgi-bin/message/custom/send</c> records customer-service messages or answers with
/// WeChat's errcodes (40001, 45015) and HTTP failures, <c>/pic/{id}</c> serves images as PicUrl does (and counts who
/// fetched them), and <c>/go/{id}</c> redirects wherever <see cref="Redirects"/> says.
/// </summary>
public sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string AppSecret = "test-app-secret";

    public enum Failure { ServerError, Slow, InvalidToken, OutOfWindow }

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Failure> _failures = new();
    private string? _token;
    private int _tokens;

    private FakeWeChatServer(WebApplication app, string appId)
    {
        _app = app;
        AppId = appId;
    }

    public string AppId { get; }

    internal Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    internal ConcurrentQueue<CustomMessage> Sent { get; } = new();

    internal int TokenRequests => _tokens;

    internal int SendAttempts;

    internal ConcurrentDictionary<string, byte[]> Pictures { get; } = new();

    /// <summary>How often each picture id was asked for (whether or not it exists).</summary>
    internal ConcurrentDictionary<string, int> PictureRequests { get; } = new();

    /// <summary>Where <c>/go/{id}</c> redirects to (302).</summary>
    internal ConcurrentDictionary<string, string> Redirects { get; } = new();

    /// <summary>When set, every send answers 45015 (outside the 48-hour window).</summary>
    internal bool OutOfWindow { get; set; }

    internal void FailNextSends(params Failure[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    internal int PictureHits(string id) => PictureRequests.TryGetValue(id, out var n) ? n : 0;

    internal IReadOnlyList<CustomMessage> SentTo(string openId) => [.. Sent.Where(m => m.ToUser == openId)];

    internal static async Task<FakeWeChatServer> StartAsync(string appId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeWeChatServer(app, appId);
        app.MapGet("/cgi-bin/token", fake.Token);
        app.MapPost("/cgi-bin/message/custom/send", fake.SendAsync);
        app.MapGet("/pic/{id}", (string id) =>
        {
            fake.PictureRequests.AddOrUpdate(id, 1, (_, n) => n + 1);
            return fake.Pictures.TryGetValue(id, out var bytes) ? Results.Bytes(bytes, "image/jpeg") : Results.NotFound();
        });
        app.MapGet("/go/{id}", (string id) => fake.Redirects.TryGetValue(id, out var location) ? Results.Redirect(location) : Results.NotFound());
        await app.StartAsync();
        return fake;
    }

    private IResult Token(string grant_type, string appid, string secret)
    {
        Interlocked.Increment(ref _tokens);
        if (grant_type != "client_credential" || appid != AppId || secret != AppSecret)
        {
            return Results.Json(new { errcode = 40125, errmsg = "invalid appsecret" });
        }

        _token = $"token-{Guid.NewGuid():N}";
        return Results.Json(new { access_token = _token, expires_in = 7200 });
    }

    private async Task<IResult> SendAsync(HttpRequest request, string access_token)
    {
        Interlocked.Increment(ref SendAttempts);
        var raw = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
        var failure = _failures.TryDequeue(out var next) ? next : OutOfWindow ? Failure.OutOfWindow : (Failure?)null;
        switch (failure)
        {
            case Failure.ServerError:
                return Results.Text("<html>502 Bad Gateway</html>", "text/html", statusCode: 502);
            case Failure.Slow:
                await Task.Delay(TimeSpan.FromSeconds(5), request.HttpContext.RequestAborted);
                break;
            case Failure.InvalidToken:
                _token = null;
                break;
            case Failure.OutOfWindow:
                return Results.Json(new { errcode = 45015, errmsg = "response out of time limit or subscription is canceled" });
        }

        if (access_token != _token)
        {
            return Results.Json(new { errcode = 40001, errmsg = "invalid credential, access_token is invalid or not latest" });
        }

        var body = JsonNode.Parse(raw)!;
        if (body["msgtype"]?.GetValue<string>() != "text")
        {
            return Results.Json(new { errcode = 40008, errmsg = "invalid message type" });
        }

        Sent.Enqueue(new CustomMessage(body["touser"]!.GetValue<string>(), body["text"]!["content"]!.GetValue<string>(), raw));
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record CustomMessage(string ToUser, string Content, string RawBody);
}
