using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Localization;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>The staff API over real Kestrel: sign-in, roles, the handoff from queue to release, and the audit log.</summary>
public sealed class StaffApiTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private DirectLineTestClient NewWorker() => DirectLineTestClient.StartAsync(_server.Address).GetAwaiter().GetResult();

    [Theory]
    [InlineData("GET", "/api/staff/queue")]
    [InlineData("POST", "/api/staff/conversations/h0000/accept")]
    [InlineData("POST", "/api/staff/conversations/h0000/assign")]
    [InlineData("POST", "/api/staff/conversations/h0000/messages")]
    [InlineData("GET", "/api/staff/conversations/h0000/transcript")]
    [InlineData("POST", "/api/staff/conversations/h0000/notes")]
    [InlineData("POST", "/api/staff/conversations/h0000/release")]
    [InlineData("GET", "/api/staff/audit")]
    public async Task EveryStaffRoute_WithoutLogin_Is401(string method, string path)
    {
        using var http = new HttpClient { BaseAddress = _server.Address };
        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { text = "x" }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var forged = new HttpClient { BaseAddress = _server.Address };
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.SendAsync(new HttpRequestMessage(new HttpMethod(method), path))).StatusCode);
    }

    [Fact]
    public async Task AuditLog_ForLegalAidOrSupervisor_Is403_ForAdmin_ListsStaffActions()
    {
        using var legalAid = await StaffTestKit.ClientAsync(_server, StaffRoles.LegalAid);
        using var supervisor = await StaffTestKit.ClientAsync(_server, StaffRoles.Supervisor);
        using var admin = await StaffTestKit.ClientAsync(_server, StaffRoles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await legalAid.GetAsync("/api/staff/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/staff/audit")).StatusCode);
        var entries = (await admin.GetFromJsonAsync<JsonArray>("/api/staff/audit"))!;
        Assert.Equal(3, entries.Count(e => e!["action"]!.GetValue<string>() == "staff.login"));
        Assert.All(entries, e => Assert.Equal("127.0.0.1", e!["origin"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DisabledAccount_ItsTokenIsRefusedAtOnce()
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, StaffRoles.Supervisor);
        using var staff = await StaffTestKit.ClientForAsync(_server, user, password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/staff/queue")).StatusCode);

        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(user))!, DateTimeOffset.MaxValue);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/staff/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffTestKit.LoginAsync(_server, user, password)).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Is401_AndFiveFailuresPauseThisAddressForThatName()
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, StaffRoles.LegalAid);
        using var http = new HttpClient { BaseAddress = _server.Address };

        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("/api/staff/login", new { user })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/api/staff/login", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await StaffTestKit.LoginAsync(_server, user, password + "x");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        }

        // Paused for this address and this name only (the account itself is not locked; see StaffLoginThrottleTests).
        var paused = await StaffTestKit.LoginAsync(_server, user, password);
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.NotNull(paused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", paused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffTestKit.LoginAsync(_server, "nobody", password)).StatusCode);
    }

    [Fact]
    public async Task Handoff_FromQueueToRelease_WorkerAndStaffTalkAndTheBotTakesOverAgain()
    {
        using var worker = NewWorker();
        await worker.ExpectAsync(BotText.MenuPrompt);
        using var staff = await StaffTestKit.ClientAsync(_server, StaffRoles.LegalAid, "王老师");

        await worker.SayAsync("转人工");
        var queued = await worker.ExpectAsync("正在为您联系工会工作人员");
        Assert.Contains(queued, t => t.Contains("排第1位", StringComparison.Ordinal) && t.Contains("5分钟", StringComparison.Ordinal));

        var item = await StaffTestKit.WaitForWaitingAsync(staff);
        var ticket = item["ticket"]!.GetValue<string>();
        Assert.Equal(1, item["position"]!.GetValue<int>());
        Assert.Contains("要求人工", item["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));

        // Not accepted yet: messages are refused with a reason.
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "你好" })).StatusCode);

        var accept = await staff.PostAsync($"/api/staff/conversations/{ticket}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        await worker.ExpectAsync("王老师已经接通");

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "请说说欠了多少钱？" })).StatusCode);
        await worker.ExpectAsync("【王老师】请说说欠了多少钱？");

        // While staff hold the conversation the bot says nothing, even to a question it could answer.
        var asked = await worker.SayAsync("欠了三个月工资 老板不给 怎么办");
        var transcript = await WaitForTranscriptAsync(staff, ticket, t => t.Any(a => a["id"]?.GetValue<string>() == asked));
        await Task.Delay(800);
        await worker.PollAsync();
        Assert.DoesNotContain(worker.Received, a => DirectLineTestClient.IsBotMessage(a) && a["replyToId"]?.GetValue<string>() == asked);
        Assert.Contains(transcript, a => a["text"]?.GetValue<string>() == "【王老师】请说说欠了多少钱？");

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/staff/conversations/{ticket}/notes", new { text = "工人说有工资条" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/staff/conversations/{ticket}/release", null)).StatusCode);
        var back = await worker.WaitForBotAsync(m => DirectLineTestClient.Buttons(m).Contains(BotText.MenuAsk));
        Assert.Contains(back, m => DirectLineTestClient.Text(m).Contains(BotText.HandoffReleased, StringComparison.Ordinal));

        // The question from the human period is not answered now; a new one is.
        await Task.Delay(500);
        await worker.PollAsync();
        Assert.DoesNotContain(worker.Received, a => DirectLineTestClient.IsBotMessage(a) && a["replyToId"]?.GetValue<string>() == asked);
        var next = await worker.SayAsync("包工头跑了 工钱找谁要");
        var answer = await worker.WaitForBotAsync(m => m["replyToId"]?.GetValue<string>() == next && DirectLineTestClient.Text(m).Contains("依据", StringComparison.Ordinal));
        Assert.NotEmpty(answer);

        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "还在吗" })).StatusCode);
        using var admin = await StaffTestKit.ClientAsync(_server, StaffRoles.Admin);
        var actions = (await admin.GetFromJsonAsync<JsonArray>("/api/staff/audit"))!
            .Where(e => e!["target"]?.GetValue<string>() == ticket).Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("handoff.accept", actions);
        Assert.Contains("handoff.message", actions);
        Assert.Contains("handoff.transcript", actions);
        Assert.Contains("handoff.note", actions);
        Assert.Contains("handoff.release", actions);
    }

    [Fact]
    public async Task Accept_BySecondLegalAid_Is409_AssignNeedsSupervisorOrHolder()
    {
        using var worker = NewWorker();
        await worker.ExpectAsync(BotText.MenuPrompt);
        var (firstUser, firstPassword) = await StaffTestKit.AddAsync(_server, StaffRoles.LegalAid, "李律师");
        using var first = await StaffTestKit.ClientForAsync(_server, firstUser, firstPassword);
        var (secondUser, secondPassword) = await StaffTestKit.AddAsync(_server, StaffRoles.LegalAid, "赵律师");
        using var second = await StaffTestKit.ClientForAsync(_server, secondUser, secondPassword);
        using var supervisor = await StaffTestKit.ClientAsync(_server, StaffRoles.Supervisor, "陈主任");

        await worker.SayAsync("人工");
        var ticket = (await StaffTestKit.WaitForWaitingAsync(first))["ticket"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync($"/api/staff/conversations/{ticket}/accept", null)).StatusCode);
        var taken = await second.PostAsync($"/api/staff/conversations/{ticket}/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("李律师", (await taken.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await second.PostAsJsonAsync($"/api/staff/conversations/{ticket}/assign", new { user = secondUser })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsJsonAsync($"/api/staff/conversations/{ticket}/assign", new { user = "nobody" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/staff/conversations/{ticket}/assign", new { user = secondUser })).StatusCode);
        await worker.ExpectAsync("赵律师已经接通");
        Assert.Equal(HttpStatusCode.Conflict, (await first.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "在吗" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "我来跟进" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await second.PostAsync("/api/staff/conversations/h-unknown/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostAsJsonAsync($"/api/staff/conversations/{ticket}/messages", new { text = new string('长', 2001) })).StatusCode);
    }

    [Fact]
    public async Task Queue_PutsCrisisFirst_AndTellsTheOthersWhenTheyMoveUp()
    {
        using var staff = await StaffTestKit.ClientAsync(_server, StaffRoles.LegalAid);
        using var asked = NewWorker();
        await asked.ExpectAsync(BotText.MenuPrompt);
        await asked.SayAsync("转人工");
        await asked.ExpectAsync("排第1位");

        using var second = NewWorker();
        await second.ExpectAsync(BotText.MenuPrompt);
        await second.SayAsync("我要找工作人员");
        await second.ExpectAsync("排第2位");

        using var crisis = NewWorker();
        await crisis.ExpectAsync(BotText.MenuPrompt);
        await crisis.SayAsync("老板叫人打我 我受伤了 现在被关在工地出不去");
        await crisis.ExpectAsync("排第1位");

        var queue = (await staff.GetFromJsonAsync<JsonObject>("/api/staff/queue"))!["waiting"]!.AsArray();
        Assert.Equal(3, queue.Count);
        Assert.Equal("紧急", queue[0]!["severityLabel"]!.GetValue<string>());
        Assert.Equal(3, queue[0]!["severity"]!.GetValue<int>());

        // The one in front is taken: the others hear they moved up.
        var top = queue[0]!["ticket"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/staff/conversations/{top}/accept", null)).StatusCode);
        await asked.ExpectAsync(BotText.HandoffNext);
        await second.ExpectAsync("排第2位，大约还要等10分钟");

        // A worker can leave the queue.
        await second.SayAsync(BotText.HandoffCancelButton);
        await second.ExpectAsync(BotText.HandoffCancelled);
        var after = (await staff.GetFromJsonAsync<JsonObject>("/api/staff/queue"))!;
        Assert.Single(after["waiting"]!.AsArray());
        Assert.Single(after["held"]!.AsArray());
    }

    private static async Task<List<JsonObject>> WaitForTranscriptAsync(HttpClient staff, string ticket, Func<List<JsonObject>, bool> done)
    {
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        while (true)
        {
            var body = (await staff.GetFromJsonAsync<JsonObject>($"/api/staff/conversations/{ticket}/transcript", cts.Token))!;
            var activities = body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
            if (done(activities))
            {
                return activities;
            }

            await Task.Delay(50, cts.Token);
        }
    }
}
