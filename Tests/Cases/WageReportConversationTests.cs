using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Localization;
using RightsBot.Tests.Cases.Validation;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Cases;

/// <summary>反映欠薪 end to end through Direct Line, the turn pipeline, the form and the case store.</summary>
public sealed class WageReportConversationTests(WageReportConversationTests.Fixture fixture) : IClassFixture<WageReportConversationTests.Fixture>
{
    public const string ApiKey = "test-integration-key-not-secret";

    private readonly BotServer _server = fixture.Server;

    /// <summary>A server with one integration key for the case API.</summary>
    public sealed class Fixture : BotServerFixture
    {
        internal override Task<BotServer> StartAsync() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Cases:Api:Keys:0:Name"] = "hotline-desk",
            ["Cases:Api:Keys:0:KeySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))),
        });
    }

    internal static async Task<List<string>> StepAsync(IWorkerChat client, string say, string expect)
    {
        await client.SendAsync(say);
        return await client.ExpectAsync(expect);
    }

    /// <summary>
    /// Fills the construction-site report up to the summary, with bad answers along the way (on any channel). With
    /// <paramref name="photo"/>, sends it as evidence at the last step.
    /// </summary>
    internal static async Task FillConstructionReportAsync(IWorkerChat client, string employer, string phone, string amount = "三万五", byte[]? photo = null)
    {
        await client.ExpectAsync(BotText.MenuPrompt);
        await StepAsync(client, BotText.MenuReport, "登记之前");
        await StepAsync(client, BotText.ReportAgree, BotText.ReportAskName);
        await StepAsync(client, "<script>alert(1)</script>", BotText.ReportRetryName);
        await StepAsync(client, "赵师傅", BotText.ReportAskPhone);
        await StepAsync(client, "138l2345678", BotText.ReportRetryPhone);
        await StepAsync(client, phone, BotText.ReportAskIdConsent);
        await StepAsync(client, BotText.ReportIdYes, BotText.ReportAskId);
        var id = GeneratedIdNumbers.Make("110101", "19900307", "123");
        await StepAsync(client, GeneratedIdNumbers.WithWrongCheck(id), BotText.ReportRetryIdChecksum);
        await StepAsync(client, id, BotText.ReportAskEmployer);
        await StepAsync(client, employer, BotText.ReportAskIndustry);
        await StepAsync(client, "工地", BotText.ReportAskProject);
        await StepAsync(client, "阳光花园三期", BotText.ReportAskContractor);
        await StepAsync(client, BotText.ReportUnknown, BotText.ReportAskForeman);
        await StepAsync(client, "老李", BotText.ReportAskLocation);
        await StepAsync(client, "广东深圳宝安", BotText.ReportAskJob);
        await StepAsync(client, "钢筋工😀", BotText.ReportAskFrom);
        await StepAsync(client, "去年三月", BotText.ReportAskTo);
        await StepAsync(client, BotText.ReportStillWorking, BotText.ReportAskAmount);
        await StepAsync(client, "0", BotText.ReportRetryAmountZero);
        await StepAsync(client, "999万亿", BotText.ReportRetryAmountHuge);
        await StepAsync(client, amount, BotText.ReportAskWorkers);
        await StepAsync(client, "5", BotText.ReportAskEvidence);
        await StepAsync(client, "考勤记录", "已选");
        await StepAsync(client, "聊天记录 转账记录", "已选");
        await StepAsync(client, BotText.MultiDone, BotText.ReportAskComplained);
        await StepAsync(client, "还没有", BotText.ReportAskWants);
        await StepAsync(client, "帮我要回工资", "有照片");
        if (photo is not null)
        {
            await client.SendPhotoAsync(photo);
            await client.ExpectAsync("一共 1 个文件");
            await StepAsync(client, BotText.AttachmentsDone, BotText.ReportSummary);
            return;
        }

        await StepAsync(client, BotText.AttachmentsNone, BotText.ReportSummary);
    }

    /// <summary>Confirms the summary and returns the case number the bot gave.</summary>
    internal static async Task<string> SubmitAsync(IWorkerChat client)
    {
        var done = await StepAsync(client, BotText.FormSubmit, "登记成功");
        var number = System.Text.RegularExpressions.Regex.Match(string.Join('\n', done), @"QX-\d{4}-\d{6}").Value;
        Assert.NotEmpty(number);
        return number;
    }

    private HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = _server.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    [Fact]
    public async Task Report_WithBadAnswersAndACorrection_GivesNumberOnlyAfterConfirmAndStatusWorks()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(client, "宏达建筑劳务公司", "138 1234 5678");

        var summary = client.Received.Last(DirectLineTestClient.IsBotMessage);
        var text = DirectLineTestClient.Text(summary);
        Assert.Contains("138****5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        Assert.Contains("广东省深圳市", text, StringComparison.Ordinal);
        Assert.Contains("35000 元", text, StringComparison.Ordinal);
        Assert.Contains("考勤记录、聊天记录、转账记录", text, StringComparison.Ordinal);
        Assert.Contains(BotText.FormCorrect + "手机号", DirectLineTestClient.Buttons(summary));
        Assert.DoesNotContain(client.Received, a => DirectLineTestClient.Text(a).Contains("QX-", StringComparison.Ordinal));

        await StepAsync(client, BotText.FormCorrect + "手机号", BotText.ReportAskPhone);
        var corrected = await StepAsync(client, "139-1234-5678", BotText.ReportSummary);
        Assert.Contains(corrected, t => t.Contains("139****5678", StringComparison.Ordinal));

        var number = await SubmitAsync(client);
        Assert.NotEmpty(number);

        await StepAsync(client, BotText.MenuStatus, BotText.StatusAskNumber);
        await StepAsync(client, number, BotText.StatusAskPhone);
        var status = await StepAsync(client, "13912345678", "已登记");
        Assert.Contains(status, t => t.Contains(number, StringComparison.Ordinal));

        // The name and phone numbers typed as answers are masked in the stored transcript.
        var stored = await DirectLineTestClient.ResumeAsync(_server.Address, client.ConversationId, client.Token);
        var echoes = stored.Received.Where(a => a["from"]?["role"]?.GetValue<string>() == "user").Select(DirectLineTestClient.Text).ToList();
        Assert.Contains("139****5678", echoes);
        Assert.Contains("赵**", echoes);
        Assert.DoesNotContain(echoes, e => e.Contains("13912345678", StringComparison.Ordinal) || e.Contains("139-1234-5678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatusChange_ByStaffApi_IsRecordedAndToldToTheWorker()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(client, "顺达装修队", "13700001111");
        var number = await SubmitAsync(client);

        using var api = Api();
        var referred = await api.PostAsJsonAsync($"/api/cases/{number}/status", new { status = "Referred", referredTo = "LaborInspection", reason = "转劳动监察大队" });
        Assert.Equal(System.Net.HttpStatusCode.OK, referred.StatusCode);
        var news = await client.ExpectAsync("劳动监察");
        Assert.Contains(news, t => t.Contains(number, StringComparison.Ordinal) && t.Contains("已转办", StringComparison.Ordinal));

        var view = JsonNode.Parse(await api.GetStringAsync($"/api/cases/{number}"))!;
        Assert.Equal("137****1111", view["phone"]!.GetValue<string>());
        var history = view["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal("api:hotline-desk", history[1]!["changedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Report_LargeAmount_IsSeriousAndEscalated()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(client, "远大劳务", "13600002222", amount: "8万");
        var done = await StepAsync(client, BotText.FormSubmit, "登记成功");
        Assert.Contains(done, t => t.Contains(BotText.ReportSerious, StringComparison.Ordinal));
        var escalation = client.Received.Last(a => a["type"]?.GetValue<string>() == "event");
        Assert.Contains("serious-case:amount", escalation["value"]!["reasons"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_SameEmployerAndCity_AreLinked()
    {
        using var first = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(first, "同一家建工集团", "13500003333");
        await StepAsync(first, BotText.FormSubmit, "登记成功");

        using var second = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(second, "同一家建工集团", "13500004444");
        var done = await StepAsync(second, BotText.FormSubmit, "登记成功");
        Assert.Contains(done, t => t.Contains(BotText.ReportLinked, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_Anonymous_WithoutPhone_GetsAccessCodeThatFindsTheCase()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await StepAsync(client, BotText.MenuReport, "登记之前");
        await StepAsync(client, BotText.ReportAnonymous, BotText.ReportAskContact);
        await StepAsync(client, BotText.ReportContactNone, BotText.ReportAskEmployer);
        await StepAsync(client, new string('长', 5000), "不要太长");
        await StepAsync(client, "某电子厂'; DROP TABLE cases; --", BotText.ReportAskIndustry);
        await StepAsync(client, "电子厂", BotText.ReportAskLocation);
        await StepAsync(client, "东莞", BotText.ReportAskJob);
        await StepAsync(client, "普工", BotText.ReportAskFrom);
        await StepAsync(client, "上个月", BotText.ReportAskTo);
        await StepAsync(client, "上个月", BotText.ReportAskAmount);
        await StepAsync(client, "五六千", BotText.ReportAskWorkers);
        await StepAsync(client, "1", BotText.ReportAskEvidence);
        await StepAsync(client, BotText.MultiNone, BotText.ReportAskComplained);
        await StepAsync(client, "工会", BotText.ReportAskWants);
        await StepAsync(client, "先登记备案", "回形针");
        var photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        await client.UploadAsync(photo, "image/png", "欠条.png");
        await client.ExpectAsync("一共 1 个文件");
        var summary = await StepAsync(client, BotText.AttachmentsDone, BotText.ReportSummary);
        Assert.Contains(summary, t => t.Contains("5000–6000 元", StringComparison.Ordinal) && t.Contains("广东省东莞市", StringComparison.Ordinal) && t.Contains("照片和文件：1 个", StringComparison.Ordinal));

        var done = string.Join('\n', await StepAsync(client, BotText.FormSubmit, "查询码"));
        var number = System.Text.RegularExpressions.Regex.Match(done, @"QX-\d{4}-\d{6}").Value;
        var code = System.Text.RegularExpressions.Regex.Match(done, @"查询码是 ([A-Z0-9]{4}-[A-Z0-9]{4})").Groups[1].Value;
        Assert.NotEmpty(code);
        await StepAsync(client, BotText.MenuStatus, BotText.StatusAskNumber);
        await StepAsync(client, number, BotText.StatusAskPhone);
        await StepAsync(client, code.ToLowerInvariant(), "已登记");

        // The photo is kept with the case, and staff fetch it through the case API (with a key).
        using var api = Api();
        var view = JsonNode.Parse(await api.GetStringAsync($"/api/cases/{number}"))!;
        var url = Assert.Single(view["attachments"]!.AsArray())!["url"]!.GetValue<string>();
        Assert.Equal(photo, await api.GetByteArrayAsync(url));
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Report_ConsentDeclined_RegistersNothingAndStillAnswersQuestions()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await StepAsync(client, BotText.MenuReport, "登记之前");
        await StepAsync(client, BotText.ReportDecline, BotText.ReportDeclined);
        await StepAsync(client, "包工头跑了 工钱找谁要", "依据：");
    }

    [Fact]
    public async Task StatusLookup_GuessingNumbersOrPhones_RevealsNothingAndIsLimited()
    {
        using var owner = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(owner, "猜不到公司", "13300005555");
        var number = await SubmitAsync(owner);

        using var stranger = await DirectLineTestClient.StartAsync(_server.Address);
        await stranger.ExpectAsync(BotText.MenuPrompt);
        var answers = new List<string>();
        foreach (var (guessNumber, guessPhone) in new[] { (number, "13300005556"), ("QX-2099-999999", "13300005555"), (number, "13811112222"), (number, "13911112222"), (number, "13711112222") })
        {
            await StepAsync(stranger, BotText.MenuStatus, BotText.StatusAskNumber);
            await StepAsync(stranger, guessNumber, BotText.StatusAskPhone);
            answers.AddRange(await StepAsync(stranger, guessPhone, "12351"));
        }

        Assert.All(answers.Where(a => a.Contains("12351", StringComparison.Ordinal)), a => Assert.Equal(BotText.StatusNotFound, a));
        await StepAsync(stranger, BotText.MenuStatus, BotText.StatusAskNumber);
        await StepAsync(stranger, number, BotText.StatusAskPhone);
        await StepAsync(stranger, "13300005555", BotText.StatusTooManyTries);
    }

    [Fact]
    public async Task Hardship_Application_IsItsOwnCaseType()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await StepAsync(client, "困难帮扶", BotText.HardshipNotice);
        await StepAsync(client, BotText.ReportAgree, BotText.HardshipAskReason);
        await StepAsync(client, "受伤", BotText.HardshipAskHousehold);
        await StepAsync(client, "好多人", BotText.HardshipRetryHousehold);
        await StepAsync(client, "4", BotText.HardshipAskIncome);
        await StepAsync(client, "两千", BotText.ReportAskLocation);
        await StepAsync(client, "四川成都", BotText.ReportAskName);
        await StepAsync(client, "李大姐", BotText.ReportAskPhone);
        await StepAsync(client, "13200006666", BotText.HardshipSummary);
        var done = await StepAsync(client, BotText.FormSubmit, "KN-");
        Assert.Contains(done, t => t.Contains("困难帮扶申请编号", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HotlineApi_ValidAndInvalidCases()
    {
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/cases", new { phone = "13800000000" })).StatusCode);

        using var api = Api();
        var bad = await api.PostAsJsonAsync("/api/cases", new { phone = "12345", idNumber = GeneratedIdNumbers.WithWrongCheck(GeneratedIdNumbers.Make("110101", "19900307", "123")), amountOwed = "-5", workersAffected = 0 });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("phone") && errors.ContainsKey("idNumber") && errors.ContainsKey("amountOwed") && errors.ContainsKey("workersAffected"));

        var created = await api.PostAsJsonAsync("/api/cases", new
        {
            name = "电话来访工友", phone = "138 0000 7777", employer = "热线公司", location = "湖北武汉洪山区", industry = "工地",
            amountOwed = "1.2万", workersAffected = 12, wants = "帮忙讨薪",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Matches(@"^QX-\d{4}-\d{6}$", body["number"]!.GetValue<string>());
        Assert.True(body["serious"]!.GetValue<bool>());
        var view = JsonNode.Parse(await api.GetStringAsync($"/api/cases/{body["number"]}"))!;
        Assert.Equal("Hotline", view["source"]!.GetValue<string>());
        Assert.Equal("湖北省", view["province"]!.GetValue<string>());
    }

    [Fact]
    public async Task EraseMyData_AfterReport_RemovesPersonalFields()
    {
        using var client = await DirectLineTestClient.StartAsync(_server.Address);
        await FillConstructionReportAsync(client, "要删除的公司", "13100008888");
        var number = await SubmitAsync(client);

        await StepAsync(client, "删除我的信息", "确定要删除");
        await StepAsync(client, BotText.EraseYes, "已删除");

        using var api = Api();
        var view = JsonNode.Parse(await api.GetStringAsync($"/api/cases/{number}"))!;
        Assert.Null(view["phone"]);
        Assert.Null(view["name"]);
        Assert.Null(view["idNumber"]);
        Assert.Equal("要删除的公司", view["employer"]!.GetValue<string>());
    }
}
