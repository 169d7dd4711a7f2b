using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Cases;
using RightsBot.Localization;
using RightsBot.Staff.Accounts;
using RightsBot.Storage;
using RightsBot.Tests.Support;
using static RightsBot.Tests.Support.WebChatLocators;

namespace RightsBot.Tests.Handoff;

/// <summary>Two real Chromium pages at once: a worker in Web Chat and a legal-aid staff member in the console.</summary>
public sealed class StaffConsoleBrowserTests : BrowserTest
{
    [Fact]
    public async Task WorkerAsksForAPerson_StaffAcceptsTalksAndReturns_TheBotAnswersAgain()
    {
        var (user, password) = await StaffTestKit.AddAsync(Server, StaffRoles.LegalAid, "孙老师");

        var worker = await Browser.NewPhonePageAsync(Chromium);
        worker.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await worker.GotoAsync(Server.Address.ToString());
        await Says(worker, BotText.MenuPrompt).WaitForAsync();
        await Button(worker, BotText.MenuPerson).ClickAsync();
        await Says(worker, "正在为您联系工会工作人员").WaitForAsync();

        var staff = await Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        staff.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        var dialogs = 0;
        staff.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        var consoleErrors = new List<string>();
        staff.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await staff.GotoAsync(new Uri(Server.Address, "/staff").ToString());
        await staff.Locator("input[name=user]").FillAsync(user);
        await staff.Locator("input[name=password]").FillAsync(password);
        await staff.Locator("button[type=submit]").ClickAsync();

        // The queue lists the worker with the reason; accepting opens the conversation with its transcript.
        await staff.Locator("main[data-live=true]").WaitForAsync();
        var row = staff.Locator("[data-testid=waiting] tbody tr").Filter(new() { HasText = "要求人工" }).First;
        await row.WaitForAsync();
        await row.Locator("button", new() { HasText = "接入" }).ClickAsync();
        await staff.Locator("[data-testid=transcript]").Filter(new() { HasText = BotText.MenuPerson }).WaitForAsync();
        await Says(worker, "孙老师已经接通").WaitForAsync();

        await staff.Locator("[data-testid=composer]").FillAsync("您好，请问欠了多少钱？");
        await staff.Locator("[data-testid=send]").ClickAsync();
        await Says(worker, "【孙老师】您好，请问欠了多少钱？").WaitForAsync();

        // The worker's reply (with markup in it) arrives live and is shown as text.
        var input = worker.Locator("input[type=text], textarea").First;
        await input.FillAsync("<script>alert(1)</script>欠了八千块");
        await input.PressAsync("Enter");
        var line = staff.Locator("[data-testid=transcript] li.worker").Filter(new() { HasText = "欠了八千块" });
        await line.WaitForAsync();
        Assert.Contains("<script>alert(1)</script>", await line.Locator(".text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await staff.Locator("[data-testid=transcript] script").CountAsync());

        var folder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "docs", "images")
            : Path.Combine(RepositoryPaths.Root, "Tests", "artifacts");
        Directory.CreateDirectory(folder);
        await staff.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "staff-conversation.png") });

        await staff.Locator("[data-testid=release]").ClickAsync();
        await staff.Locator("[data-testid=status]").Filter(new() { HasText = "已结束" }).WaitForAsync();
        await Says(worker, BotText.HandoffReleased).WaitForAsync();
        await Button(worker, BotText.MenuAsk).WaitForAsync();

        await input.FillAsync("包工头跑了 工钱找谁要");
        await input.PressAsync("Enter");
        await Says(worker, "依据：").WaitForAsync();

        Assert.Equal(0, dialogs);
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ConversationPage_NotesCannedRepliesStatusAndRevealing_WorkAndAreAudited_DashboardShowsTheQueue()
    {
        var (user, password) = await StaffTestKit.AddAsync(Server, StaffRoles.LegalAid, "郑老师");
        using var worker = await DirectLineTestClient.StartAsync(Server.Address);
        await worker.ExpectAsync(BotText.MenuPrompt);
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var draft = new CaseDraft { Name = "测试工人", Phone = phone, Employer = "某某建筑公司", Province = "广东省", City = "深圳市", AmountOwedLow = 12_000, AmountOwedHigh = 12_000 };
            await scope.ServiceProvider.GetRequiredService<ICaseService>().SubmitAsync(
                draft, CaseSource.Web, ConversationKey.For("directline", worker.ConversationId), Guid.NewGuid().ToString("N"), "test", [], false, CancellationToken.None);
        }

        await worker.SayAsync("人工");
        await worker.ExpectAsync("正在为您联系");

        var staff = await Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        staff.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await staff.GotoAsync(new Uri(Server.Address, "/staff/login").ToString());
        await staff.Locator("input[name=user]").FillAsync(user);
        await staff.Locator("input[name=password]").FillAsync(password);
        await staff.Locator("button[type=submit]").ClickAsync();
        await staff.Locator("main[data-live=true]").WaitForAsync();

        // The queue shows the case behind the request; the conversation page shows it masked.
        var row = staff.Locator("[data-testid=waiting] tbody tr").Filter(new() { HasText = "欠薪约12000元" }).First;
        await row.WaitForAsync();
        await row.Locator("a", new() { HasText = "查看" }).ClickAsync();
        await staff.Locator("[data-testid=accept]:not([disabled])").ClickAsync();
        await worker.ExpectAsync("郑老师已经接通");
        var card = staff.Locator("[data-testid=case]");
        await card.Filter(new() { HasText = phone[..3] + "****" + phone[^4..] }).WaitForAsync();
        Assert.DoesNotContain(phone, await card.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);

        // The worker's typing shows on the console.
        await worker.SendRawAsync(HttpMethod.Post, $"conversations/{worker.ConversationId}/activities",
            new StringContent("{\"type\":\"typing\",\"from\":{\"id\":\"x\"}}", System.Text.Encoding.UTF8, "application/json"));
        await staff.Locator("[data-testid=worker-typing]").WaitForAsync();

        // A ready answer goes into the box and out to the worker.
        await staff.Locator(".canned button").First.ClickAsync();
        await staff.Locator("[data-testid=send]:not([disabled])").ClickAsync();
        await worker.ExpectAsync("【郑老师】您好，我是工会的工作人员");

        await staff.Locator("[data-testid=note]").FillAsync("工人有考勤照片，明天联系老板");
        await staff.Locator("button", new() { HasText = "保存备注" }).ClickAsync();
        await staff.Locator("[data-testid=notes]").Filter(new() { HasText = "明天联系老板" }).WaitForAsync();

        // A status change is told to the worker in the same chat.
        await card.Locator("select").First.SelectOptionAsync("Accepted");
        await card.Locator("input[placeholder^='说明']").FillAsync("已联系用人单位");
        await card.Locator("button", new() { HasText = "更新状态" }).ClickAsync();
        await worker.ExpectAsync("有新进展");

        await staff.Locator(".reveal input").FillAsync("需要回电核实欠薪金额");
        await staff.Locator(".reveal button").ClickAsync();
        await card.Filter(new() { HasText = phone }).WaitForAsync();

        await staff.GotoAsync(new Uri(Server.Address, "/staff/dashboard").ToString());
        await staff.Locator("[data-testid=tile-cases-today]").Filter(new() { HasText = "1" }).WaitForAsync();
        await staff.Locator("[data-testid=chart-region]").Filter(new() { HasText = "广东省" }).WaitForAsync();
        await staff.GotoAsync(new Uri(Server.Address, "/staff/curation").ToString());
        await staff.Locator("h1", new() { HasText = "机器人没答好的问题" }).WaitForAsync();

        await using var audit = Server.Services.CreateAsyncScope();
        var entries = await audit.ServiceProvider.GetRequiredService<RightsBot.Audit.AuditLog>().RecentAsync(100, CancellationToken.None);
        Assert.Contains(entries, e => e.Action == "case.reveal" && e.Actor == user && e.Reason == "需要回电核实欠薪金额" && e.Origin == "127.0.0.1");
        Assert.Contains(entries, e => e.Action == "case.status" && e.Actor == user);
        Assert.Contains(entries, e => e.Action == "handoff.note" && e.Actor == user);
        Assert.Contains(entries, e => e.Action == "handoff.view" && e.Actor == user);
    }
}
