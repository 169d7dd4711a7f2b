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
/// conversation, on a throwaway data directory. A line that is a JSON array of strings is one conversation of several
/// messages (a follow-up after a first question); the output is about its last message. With <c>--json</c> one JSON
/// object per line (<see cref="AskResult"/>); otherwise readable text.
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
        var app = CommandHost.Create(["--Storage:DataDirectory", dataDirectory.FullName], typeof(TurnScheduler), typeof(HandoffQueue));
        await app.StartAsync(ct);
        try
        {
            while (await input.ReadLineAsync(ct) is { } line)
            {
                var turns = ParseLine(line.Trim());
                if (turns.Count == 0)
                {
                    continue;
                }

                var results = await AskConversationAsync(app.Services, turns, ct);
                var result = results[^1];
                if (json)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(result, Json.AskResult));
                }
                else
                {
                    foreach (var earlier in results)
                    {
                        await output.WriteLineAsync($"问：{earlier.Question}\n答：{earlier.Reply}\n");
                    }
                }

                await output.FlushAsync(ct);
            }

            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            app.Dispose();
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

    internal static async Task<AskResult> AskAsync(IServiceProvider services, string question, CancellationToken ct) =>
        (await AskConversationAsync(services, [question], ct))[0];

    /// <summary>Sends <paramref name="messages"/> one after the other in one fresh conversation; one result per message.</summary>
    internal static async Task<IReadOnlyList<AskResult>> AskConversationAsync(IServiceProvider services, IReadOnlyList<string> messages, CancellationToken ct)
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
        var results = new List<AskResult>(messages.Count);
        foreach (var message in messages)
        {
            results.Add(await SendAsync(store, ingress, subscription, key, user, message, ct));
        }

        return results;
    }

    private static async Task<AskResult> SendAsync(
        ConversationStore store, TurnIngress ingress, ConversationSubscription subscription, string key, ChannelAccount user, string question, CancellationToken ct)
    {
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
        var markers = messages.Select(m => AnswerChannelData.Read(m.ChannelData)).OfType<AnswerMarker>().ToList();
        var answer = markers.FirstOrDefault(m => m.Kind == AnswerKinds.Answer);
        var crisis = markers.FirstOrDefault(m => m.Kind == AnswerKinds.Crisis)?.Crisis;
        var understood = markers.FirstOrDefault(m => m.Kind != AnswerKinds.Crisis);
        var escalated = replies.Any(r => r.Type == ActivityTypes.Event && r.Name == EscalationMiddleware.HandoffInitiate);
        return new AskResult(
            question,
            string.Join("\n", messages.Select(m => m.Text)),
            understood?.Kind ?? (crisis is not null ? AnswerKinds.Crisis : AnswerKinds.Decline),
            answer is not null,
            answer?.ArticleId,
            answer?.Confidence,
            answer?.Citations ?? [],
            understood?.Options ?? [],
            crisis,
            understood?.SmallTalk,
            escalated);
    }

    /// <summary>A line of input: a JSON array of messages (one conversation), or one message.</summary>
    internal static IReadOnlyList<string> ParseLine(string line)
    {
        if (line.Length == 0)
        {
            return [];
        }

        if (line[0] == '[')
        {
            try
            {
                return JsonSerializer.Deserialize(line, Json.StringArray) is { Length: > 0 } turns && turns.All(t => !string.IsNullOrWhiteSpace(t))
                    ? turns
                    : [line];
            }
            catch (JsonException)
            {
                // Not a conversation after all: a message that starts with '['.
            }
        }

        return [line];
    }
}
