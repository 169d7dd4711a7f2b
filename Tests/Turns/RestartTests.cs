using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Turns;

/// <summary>Killing the process loses nothing: conversations continue at the step they were on.</summary>
public sealed class RestartTests
{
    private static async Task<List<string>> ReadBotTextsAsync(HttpClient http, string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark=");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var set = JsonNode.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync())!;
        return [.. set["activities"]!.AsArray().Where(a => a!["from"]?["role"]?.GetValue<string>() == "bot" && a["type"]!.GetValue<string>() == "message").Select(a => a!["text"]!.GetValue<string>())];
    }

    private static async Task<List<string>> WaitForTextAsync(Uri address, string conversationId, string token, string fragment)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        while (true)
        {
            var texts = await ReadBotTextsAsync(http, conversationId, token);
            if (texts.Any(t => t.Contains(fragment, StringComparison.Ordinal)))
            {
                return texts;
            }

            await Task.Delay(100, cts.Token);
        }
    }

    private static async Task PostAsync(Uri address, string conversationId, string token, string text)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(new JsonObject { ["type"] = "message", ["text"] = text }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>Runs <paramref name="script"/> in a first process on <paramref name="data"/>, then kills it outright.</summary>
    private static async Task<(string ConversationId, string Token)> FirstLifeAsync(string data, Func<DirectLineTestClient, Task> script)
    {
        await using var first = await BotProcess.StartAsync(data);
        using var client = await DirectLineTestClient.StartAsync(first.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await script(client);
        await first.KillAsync();
        return (client.ConversationId, client.Token);
    }

    [Fact]
    public async Task KilledMidPrompt_Restarted_ContinuesAtTheSameStep()
    {
        using var data = new TempDirectory();
        var (conversationId, token) = await FirstLifeAsync(data.Path, async client =>
        {
            await client.SayAsync(BotText.MenuStatus);
            await client.ExpectAsync(BotText.StatusAskNumber);
            await client.SayAsync("QX-2026-000123");
            await client.ExpectAsync(BotText.StatusAskPhone);
        });

        await using var second = await BotProcess.StartAsync(data.Path);
        await PostAsync(second.Address, conversationId, token, "13800000000");
        var texts = await WaitForTextAsync(second.Address, conversationId, token, BotText.StatusNotFound);
        Assert.Single(texts, t => t.Contains(BotText.StatusAskPhone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KilledRightAfterAccepting_Restarted_AnswersTheMessageExactlyOnce()
    {
        using var data = new TempDirectory();
        var (conversationId, token) = await FirstLifeAsync(data.Path, client => client.SayAsync(BotText.MenuPrivacy));

        await using var second = await BotProcess.StartAsync(data.Path);
        var texts = await WaitForTextAsync(second.Address, conversationId, token, "隐私说明：");
        Assert.Single(texts, t => t.StartsWith("隐私说明：", StringComparison.Ordinal));
    }
}
