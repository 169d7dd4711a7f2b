using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using RightsBot.Activities;
using RightsBot.Handoff;
using RightsBot.Hosting;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Answers;

/// <summary>
/// <c>ask [--json]</c>: each stdin line is a question sent through the same turn pipeline as any channel, in a fresh
/// conversation, on a throwaway data directory. With <c>--json</c> one JSON object per line; otherwise readable text.
/// </summary>
internal static class AskCommand
{
    public const string ChannelId = "cli";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);

    private static readonly AskJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, CancellationToken ct)
    {
        var json = args.Contains("--json", StringComparer.Ordinal);
        var dataDirectory = Directory.CreateTempSubdirectory("rightsbot-ask-");
        var app = BotApplication.Create(["--urls", "http://127.0.0.1:0", "--Storage:DataDirectory", dataDirectory.FullName], CommandHost.Quiet);
        await app.StartAsync(ct);
        try
        {
            while (await input.ReadLineAsync(ct) is { } line)
            {
                var question = line.Trim();
                if (question.Length == 0)
                {
                    continue;
                }

                var result = await AskAsync(app.Services, question, ct);
                if (json)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(result, Json.AskResult));
                }
                else
                {
                    await output.WriteLineAsync($"问：{result.Question}\n答：{result.Reply}\n");
                }

                await output.FlushAsync(ct);
            }

            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            try
            {
                dataDirectory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up.
            }
        }
    }

    internal static async Task<AskResult> AskAsync(IServiceProvider services, string question, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ConversationStore>();
        var ingress = scope.ServiceProvider.GetRequiredService<TurnIngress>();
        var signals = services.GetRequiredService<ConversationSignals>();
        var conversationId = Guid.NewGuid().ToString("N");
        var key = ConversationKey.For(ChannelId, conversationId);
        var user = new ChannelAccount { Id = "cli-user", Role = "user" };
        await store.EnsureConversationAsync(ChannelId, conversationId, user.Id, ct);

        using var subscription = signals.Subscribe(key);
        var accepted = await ingress.AcceptAsync(key, new Activity { Type = ActivityTypes.Message, Text = question, From = user }, null, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TurnTimeout);
        while ((await store.PendingAsync(key, timeout.Token)).Count > 0)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            wait.CancelAfter(TimeSpan.FromMilliseconds(50));
            try
            {
                await subscription.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
            {
                // Poll again.
            }
        }

        var replies = (await store.ReadAfterAsync(key, accepted.Entry.Seq, 100, ct))
            .Select(e => ActivityJson.Deserialize(e.Json))
            .OfType<Activity>()
            .ToList();
        return Summarise(question, replies);
    }

    internal static AskResult Summarise(string question, IReadOnlyList<Activity> replies)
    {
        var messages = replies.Where(r => r.Type == ActivityTypes.Message && !string.IsNullOrEmpty(r.Text)).ToList();
        var marker = messages.Select(m => ReadMarker(m.ChannelData)).FirstOrDefault(m => m is not null);
        var escalated = replies.Any(r => r.Type == ActivityTypes.Event && r.Name == EscalationMiddleware.HandoffInitiate);
        return new AskResult(
            question,
            string.Join("\n", messages.Select(m => m.Text)),
            marker is not null,
            marker?.ArticleId,
            marker?.Confidence,
            marker?.Citations ?? [],
            escalated);
    }

    private static AnswerMarker? ReadMarker(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty("rightsbot", out _))
        {
            return null;
        }

        return data.Deserialize(AnswerJsonContext.Default.AnswerChannelData)?.RightsBot;
    }
}
