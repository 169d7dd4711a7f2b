using Microsoft.Playwright;
using RightsBot.Localization;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;
using static RightsBot.Tests.Support.WebChatLocators;

namespace RightsBot.Tests.Handoff;

/// <summary>Two real Chromium pages at once: a worker in Web Chat and a legal-aid staff member in the console.</summary>
public sealed class StaffConsoleBrowserTests : IAsyncLifetime
{
    private BotServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task WorkerAsksForAPerson_StaffAcceptsTalksAndReturns_TheBotAnswersAgain()
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, StaffRoles.LegalAid, "孙老师");

        var worker = await Browser.NewPhonePageAsync(_browser);
        worker.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await worker.GotoAsync(_server.Address.ToString());
        await Says(worker, BotText.MenuPrompt).WaitForAsync();
        await Button(worker, BotText.MenuPerson).ClickAsync();
        await Says(worker, "正在为您联系工会工作人员").WaitForAsync();

        var staff = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
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

        await staff.GotoAsync(new Uri(_server.Address, "/staff").ToString());
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
}
