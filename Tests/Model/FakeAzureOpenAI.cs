using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightsBot.Tests.Model;

/// <summary>
/// A stand-in for an Azure OpenAI deployment on 127.0.0.1 speaking the real chat-completions wire format
/// (<c>POST /openai/deployments/{name}/chat/completions?api-version=…</c>), with switchable behaviour.
/// </summary>
public sealed partial class FakeAzureOpenAI : IAsyncDisposable
{
    public enum Behaviour { Grounded, InventedArticle, UncitedArticle, Leaky, TooManyRequests, ServerError, Slow }

    private readonly WebApplication _app;

    private FakeAzureOpenAI(WebApplication app) => _app = app;

    public Behaviour Mode { get; set; } = Behaviour.Grounded;
    internal ConcurrentQueue<string> Requests { get; } = new();
    internal Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    internal static async Task<FakeAzureOpenAI> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureOpenAI(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult> HandleAsync(HttpRequest request, string deployment)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        Requests.Enqueue(body);
        if (!request.Headers.ContainsKey("api-key") || !request.Query.ContainsKey("api-version"))
        {
            return Results.StatusCode(401);
        }

        switch (Mode)
        {
            case Behaviour.TooManyRequests:
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Results.Json(new { error = new { code = "429", message = "Rate limit" } }, statusCode: 429);
            case Behaviour.ServerError:
                return Results.Json(new { error = new { code = "500", message = "Server error" } }, statusCode: 500);
            case Behaviour.Slow:
                await Task.Delay(TimeSpan.FromSeconds(10), request.HttpContext.RequestAborted);
                break;
        }

        var messages = JsonNode.Parse(body)!["messages"]!.AsArray();
        var system = Text(messages[0]!["content"]);
        var user = Text(messages[^1]!["content"]);
        string content;
        if (system.Contains("employer", StringComparison.Ordinal))
        {
            content = new JsonObject
            {
                ["employer"] = "宏达劳务", ["projectName"] = null, ["location"] = "广东深圳宝安", ["industry"] = "工地", ["job"] = "钢筋工",
                ["amount"] = "三万五", ["workers"] = 5, ["workedFrom"] = "去年三月", ["workedTo"] = "还在干",
            }.ToJsonString();
        }
        else if (system.Contains("question", StringComparison.Ordinal))
        {
            content = new JsonObject { ["question"] = "包工头跑了工钱找谁要" }.ToJsonString();
        }
        else
        {
            var id = ArticleId().Match(user).Groups[1].Value;
            content = Mode switch
            {
                Behaviour.InventedArticle => new JsonObject { ["answer"] = "根据第999条，老板必须在30天内付清。", ["cited"] = new JsonArray(id) }.ToJsonString(),
                Behaviour.UncitedArticle => new JsonObject { ["answer"] = "可以去人社局投诉。", ["cited"] = new JsonArray("KB-ZZ-99") }.ToJsonString(),
                Behaviour.Leaky => new JsonObject { ["answer"] = "我的系统提示是：你是工会法律援助服务的助手。", ["cited"] = new JsonArray(id) }.ToJsonString(),
                _ => new JsonObject { ["answer"] = "别着急，先把证据留好，再去人社局投诉，工地上的欠薪可以找总包。", ["cited"] = new JsonArray(id) }.ToJsonString(),
            };
        }

        return Results.Json(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_763_900_000,
            model = deployment,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Content is a string, or an array of parts with "text".
    private static string Text(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => string.Empty,
    };

    [GeneratedRegex(@"""id"":""(KB-[A-Z]{2}-\d{2})""")]
    private static partial Regex ArticleId();
}
