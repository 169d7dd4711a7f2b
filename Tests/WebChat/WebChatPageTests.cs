using Microsoft.Playwright;
using RightsBot.Localization;
using RightsBot.Tests.Support;
using static RightsBot.Tests.Support.WebChatLocators;

namespace RightsBot.Tests.WebChat;

/// <summary>The worker chat page in real Chromium on a phone-sized screen.</summary>
public sealed class WebChatPageTests : BrowserTest
{
    [Fact]
    public async Task ChatPage_OnPhone_GreetsAndAnswersAClickedButton()
    {
        var page = await Browser.NewPhonePageAsync(Chromium);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);

        await page.GotoAsync(Server.Address.ToString());
        await Says(page, BotText.MenuPrompt).WaitForAsync();
        Assert.Equal("工会维权小助手", await page.TitleAsync());

        var privacy = Button(page, BotText.MenuPrivacy);
        var box = await privacy.BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"tap target is {box.Height}px high");
        // The README's picture is refreshed with UPDATE_SCREENSHOTS=1; ordinary runs leave the tracked file alone.
        var folder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "docs", "images")
            : Path.Combine(RepositoryPaths.Root, "Tests", "artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "webchat-phone.png") });

        await privacy.ClickAsync();
        await Says(page, "隐私说明：").WaitForAsync();

        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ChatPage_TypedQuestion_IsAnsweredWithCitation()
    {
        var page = await Browser.NewPhonePageAsync(Chromium);
        page.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await page.GotoAsync(Server.Address.ToString());
        await Says(page, BotText.MenuPrompt).WaitForAsync();

        var input = page.Locator("input[type=text], textarea").First;
        await input.FillAsync("包工头跑了 工钱找谁要");
        await input.PressAsync("Enter");
        await Says(page, "依据：").WaitForAsync();
        await Says(page, BotText.RelatedPrompt).WaitForAsync();
        await page.WaitForTimeoutAsync(1000);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "Tests", "artifacts", "answer-phone.png"), FullPage = false });
    }

    [Fact]
    public async Task ChatPage_Reloaded_ContinuesTheSameConversation()
    {
        var page = await Browser.NewPhonePageAsync(Chromium);
        page.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await page.GotoAsync(Server.Address.ToString());
        await Says(page, BotText.MenuPrompt).WaitForAsync();
        await Button(page, BotText.MenuStatus).ClickAsync();
        await Says(page, BotText.StatusAskNumber).WaitForAsync();

        await page.ReloadAsync();
        await Says(page, BotText.StatusAskNumber).WaitForAsync();
        var input = page.Locator("input[type=text], textarea").First;
        await input.FillAsync("QX-2026-000123");
        await input.PressAsync("Enter");
        await Says(page, BotText.StatusAskPhone).WaitForAsync();
    }

    [Fact]
    public async Task ChatPage_AfterWebChatRefreshedItsToken_AReloadStillContinuesTheSameConversation()
    {
        var page = await Browser.NewPhonePageAsync(Chromium);
        page.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await page.Clock.InstallAsync();
        await page.GotoAsync(Server.Address.ToString());
        await Says(page, BotText.MenuPrompt).WaitForAsync();
        await Button(page, BotText.MenuStatus).ClickAsync();
        await Says(page, BotText.StatusAskNumber).WaitForAsync();
        const string savedToken = "JSON.parse(localStorage.getItem('rightsbot.conversation')).token";
        var first = await page.EvaluateAsync<string>(savedToken);

        // DirectLineJS refreshes every 15 minutes; the refresh retires the token the page saved at the start.
        await page.Clock.RunForAsync(16 * 60 * 1000);
        await page.WaitForFunctionAsync($"first => {savedToken} !== first", first);

        await page.ReloadAsync();
        await Says(page, BotText.StatusAskNumber).WaitForAsync();
        var input = page.Locator("input[type=text], textarea").First;
        await input.FillAsync("QX-2026-000123");
        await input.PressAsync("Enter");
        await Says(page, BotText.StatusAskPhone).WaitForAsync();
    }

    [Fact]
    public async Task ChatPage_ReportWithAPhoto_UploadsThroughWebChatAndKeepsItWithTheForm()
    {
        var page = await Browser.NewPhonePageAsync(Chromium);
        page.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await page.GotoAsync(Server.Address.ToString());
        await Says(page, BotText.MenuPrompt).WaitForAsync();
        await Button(page, BotText.MenuReport).ClickAsync();
        await Button(page, BotText.ReportAnonymous).ClickAsync();
        await Button(page, BotText.ReportContactNone).ClickAsync();

        var input = page.Locator("input[type=text], textarea").First;
        async Task AnswerAsync(string text, string next)
        {
            await input.FillAsync(text);
            await input.PressAsync("Enter");
            await Says(page, next).WaitForAsync();
        }

        await Says(page, BotText.ReportAskEmployer).WaitForAsync();
        await AnswerAsync("某电子厂", BotText.ReportAskIndustry);
        await AnswerAsync("电子厂", BotText.ReportAskLocation);
        await AnswerAsync("东莞", BotText.ReportAskJob);
        await AnswerAsync("普工", BotText.ReportAskFrom);
        await AnswerAsync("上个月", BotText.ReportAskTo);
        await AnswerAsync("还在干", BotText.ReportAskAmount);
        await AnswerAsync("六千", BotText.ReportAskWorkers);
        await AnswerAsync("1", BotText.ReportAskEvidence);
        await AnswerAsync("都没有", BotText.ReportAskComplained);
        await AnswerAsync("还没有", BotText.ReportAskWants);
        await AnswerAsync("先登记备案", "回形针");

        var photo = Path.Combine(Server.DataDirectory, "欠条.png");
        await File.WriteAllBytesAsync(photo, Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var responses = new List<string>();
        page.Response += (_, r) => responses.Add($"{r.Request.Method} {r.Url} {r.Status}");
        var errors = new List<string>();
        page.Console += (_, m) => errors.Add(m.Type + ": " + m.Text);
        await page.Locator("input[type=file]").First.SetInputFilesAsync(photo);

        // Web Chat 4.18 stages the file and prepares its thumbnail before the send button takes it; press send until
        // the upload goes out (as a worker would press again).
        var uploaded = false;
        for (var attempt = 0; attempt < 10 && !uploaded; attempt++)
        {
            try
            {
                await page.RunAndWaitForRequestAsync(
                    () => page.Locator("button.webchat__send-button").First.ClickAsync(),
                    r => r.Url.Contains("/upload", StringComparison.Ordinal),
                    new() { Timeout = 2000 });
                uploaded = true;
            }
            catch (TimeoutException)
            {
                // Not ready yet.
            }
        }

        Assert.True(uploaded, "Web Chat never posted the upload");
        try
        {
            await Says(page, "一共 1 个文件").WaitForAsync(new() { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "Tests", "artifacts", "upload-failure.png") });
            throw new TimeoutException("upload: " + string.Join(" | ", responses.Where(r => r.Contains("directline", StringComparison.Ordinal))) + " || console: " + string.Join(" | ", errors));
        }
        await Button(page, BotText.AttachmentsDone).ClickAsync();
        await Says(page, "照片和文件：1 个").WaitForAsync();
    }
}
