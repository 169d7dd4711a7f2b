using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RightsBot.Localization;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>A worker's message that arrives while staff take the conversation over is handled once: by the bot before, or by nobody after.</summary>
public sealed class HandoffRaceTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task WorkerMessageDuringAccept_IsKeptOnce_AndAnsweredAtMostOnce_NeverAfterTheTakeover()
    {
        using var staff = await StaffTestKit.ClientAsync(_server, StaffRoles.LegalAid, "周老师");
        for (var round = 0; round < 8; round++)
        {
            using var worker = await DirectLineTestClient.StartAsync(_server.Address);
            await worker.ExpectAsync(BotText.MenuPrompt);
            await worker.SayAsync("人工");
            await worker.ExpectAsync("正在为您联系");
            var ticket = (await StaffTestKit.WaitForWaitingAsync(staff))["ticket"]!.GetValue<string>();

            // The message and the takeover race; which wins varies from round to round.
            var say = worker.SayAsync("工地老板欠我两个月工资 我该怎么办");
            var accept = staff.PostAsync($"/api/staff/conversations/{ticket}/accept", null);
            await Task.WhenAll(say, accept);
            Assert.Equal(HttpStatusCode.OK, (await accept).StatusCode);
            var messageId = await say;
            await worker.ExpectAsync("周老师已经接通");
            await Task.Delay(600);
            await worker.PollAsync();

            var inbound = worker.Received.Where(a => a["id"]?.GetValue<string>() == messageId).ToList();
            Assert.Single(inbound);
            var acceptedAt = worker.Received.FindIndex(a => DirectLineTestClient.Text(a).Contains("已经接通", StringComparison.Ordinal));
            var answers = worker.Received.Select((a, i) => (a, i))
                .Where(x => DirectLineTestClient.IsBotMessage(x.a) && x.a["replyToId"]?.GetValue<string>() == messageId).ToList();

            // Either the bot answered before the takeover (one turn's replies) or not at all.
            Assert.All(answers, x => Assert.True(x.i < acceptedAt, "no bot reply after staff took over"));
            Assert.True(answers.Count <= 3, $"one turn's replies at most, got {answers.Count}");
            Assert.Equal(answers.Count, answers.Select(x => x.a["id"]!.GetValue<string>()).Distinct().Count());

            var transcript = (await staff.GetFromJsonAsync<JsonObject>($"/api/staff/conversations/{ticket}/transcript"))!["activities"]!.AsArray();
            Assert.Single(transcript, a => a!["id"]?.GetValue<string>() == messageId);
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/staff/conversations/{ticket}/release", null)).StatusCode);
        }
    }
}
