using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>The console's doors: sign-in forms with anti-forgery, role checks on pages and exports, headers, rate limit, the first-admin link.</summary>
public sealed partial class StaffConsoleSecurityTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(new Dictionary<string, string?> { ["Staff:LoginAttemptsPerMinute"] = "40" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>A browser-like client: cookies kept, redirects not followed (so they can be checked).</summary>
    private HttpClient Browser() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _server.Address };

    private static async Task<string> AntiforgeryAsync(HttpClient http, string page)
    {
        var html = await http.GetStringAsync(page);
        return TokenField().Match(html).Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string user, string password)
    {
        var token = await AntiforgeryAsync(http, "/staff/login");
        return await http.PostAsync("/staff/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["user"] = user, ["password"] = password, ["returnUrl"] = "/staff/dashboard",
        }));
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/dashboard")]
    [InlineData("/staff/conversations/h123")]
    [InlineData("/staff/curation")]
    [InlineData("/staff/audit")]
    [InlineData("/staff/exports")]
    [InlineData("/staff/users")]
    public async Task ConsolePages_WithoutLogin_RedirectToTheLoginPage(string path)
    {
        using var http = Browser();
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginForm_WithoutAntiforgeryToken_IsRefused()
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, StaffRoles.Admin);
        using var http = Browser();
        var response = await http.PostAsync("/staff/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = user, ["password"] = password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task LegalAid_SignsIn_SeesTheQueue_ButNotAuditExportsOrUsers()
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, StaffRoles.LegalAid);
        using var http = Browser();
        var wrong = await SignInAsync(http, user, password + "!");
        Assert.Equal("/staff/login?error=1", wrong.Headers.Location!.OriginalString);

        var signedIn = await SignInAsync(http, user, password);
        Assert.Equal("/staff/dashboard", signedIn.Headers.Location!.OriginalString);
        var queue = await http.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("等待人工的会话", await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var page in new[] { "/staff/audit", "/staff/exports", "/staff/users" })
        {
            var denied = await http.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/staff/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // Exports are refused to legal aid even with a valid form.
        var token = await AntiforgeryAsync(http, "/staff");
        var export = await http.PostAsync("/staff/exports/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["format"] = "csv" }));
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        Assert.StartsWith("/staff/denied", export.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_Supervisor_GetsMaskedOnly_AdminFullNeedsAReason_AndEveryExportIsAudited()
    {
        var (supervisorUser, supervisorPassword) = await StaffTestKit.AddAsync(_server, StaffRoles.Supervisor);
        using var supervisor = Browser();
        await SignInAsync(supervisor, supervisorUser, supervisorPassword);
        var token = await AntiforgeryAsync(supervisor, "/staff/exports");
        var masked = await supervisor.PostAsync("/staff/exports/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["format"] = "csv" }));
        Assert.Equal(HttpStatusCode.OK, masked.StatusCode);
        Assert.Equal("text/csv", masked.Content.Headers.ContentType!.MediaType);
        var stats = await supervisor.PostAsync("/staff/exports/stats", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["format"] = "xlsx", ["period"] = "quarter" }));
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal((byte)'P', (await stats.Content.ReadAsByteArrayAsync())[0]);
        var full = await supervisor.PostAsync("/staff/exports/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["full"] = "on", ["reason"] = "核对" }));
        Assert.Equal(HttpStatusCode.Forbidden, full.StatusCode);
        var badDate = await supervisor.PostAsync("/staff/exports/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["from"] = "昨天" }));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);

        var (adminUser, adminPassword) = await StaffTestKit.AddAsync(_server, StaffRoles.Admin);
        using var admin = Browser();
        await SignInAsync(admin, adminUser, adminPassword);
        var adminToken = await AntiforgeryAsync(admin, "/staff/exports");
        var noReason = await admin.PostAsync("/staff/exports/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken, ["full"] = "on" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var withReason = await admin.PostAsync("/staff/exports/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken, ["full"] = "on", ["reason"] = "法律援助中心调卷" }));
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);

        await using var scope = _server.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<RightsBot.Audit.AuditLog>().RecentAsync(100, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "export-cases" && a.Actor == supervisorUser && a.Origin == "127.0.0.1");
        Assert.Contains(audit, a => a.Action == "export-stats" && a.Actor == supervisorUser);
        Assert.Contains(audit, a => a.Action == "export-cases-full" && a.Actor == adminUser && a.Reason == "法律援助中心调卷");
        Assert.DoesNotContain(audit, a => a.Action == "export-cases-full" && a.Actor == supervisorUser);
    }

    [Fact]
    public async Task StaffPages_CarrySecurityHeaders_AndAreNotCached()
    {
        using var http = Browser();
        var response = await http.GetAsync("/staff/login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_IsRateLimitedPerAddress()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 45; i++)
        {
            // A new name each time: the per-name pause is another test's subject; this one is about the address.
            statuses.Add((await StaffTestKit.LoginAsync(_server, "nobody-" + i, "wrong-password")).StatusCode);
        }

        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task SetupLink_CreatesTheFirstAdminOnce()
    {
        var link = _server.Services.GetRequiredService<SetupLink>();
        var token = link.CurrentToken;
        Assert.False(string.IsNullOrEmpty(token));

        using var http = Browser();
        Assert.Contains("已经用过或已失效", await http.GetStringAsync("/staff/setup?token=wrong"), StringComparison.Ordinal);
        var antiforgery = await AntiforgeryAsync(http, $"/staff/setup?token={token}");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["token"] = token!, ["user"] = "first-admin", ["displayName"] = "管理员",
            ["password"] = "short", ["confirm"] = "short",
        };
        var weak = await http.PostAsync("/staff/account/setup", new FormUrlEncodedContent(form));
        Assert.Contains("error=weak", weak.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var password = StaffTestKit.NewPassword();
        form["password"] = form["confirm"] = password;
        var created = await http.PostAsync("/staff/account/setup", new FormUrlEncodedContent(form));
        Assert.Equal("/staff", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/staff/audit")).StatusCode);

        // Used up: the same link never works again.
        using var other = Browser();
        var again = await AntiforgeryAsync(other, "/staff/login");
        form["__RequestVerificationToken"] = again;
        form["user"] = "second-admin";
        var reuse = await other.PostAsync("/staff/account/setup", new FormUrlEncodedContent(form));
        Assert.Equal("/staff/login?error=setup", reuse.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffTestKit.LoginAsync(_server, "second-admin", password)).StatusCode);
    }

    [Fact]
    public async Task StaffApi_SignedInByTheConsoleCookie_NeedsTheAntiforgeryHeader_ABearerTokenDoesNot()
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, StaffRoles.Supervisor);
        using var http = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(http, user, password)).StatusCode);
        const string accept = "/api/staff/conversations/h0000/accept";

        // A cross-site form or script gets the cookie attached by the browser, but not the page's token.
        var forged = await http.PostAsync(accept, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, accept) { Headers = { { "RequestVerificationToken", "not-the-token" } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(wrong)).StatusCode);

        // The console page carries the token for its own scripts; with it the call goes through (404: no such ticket).
        var page = await http.GetStringAsync("/staff");
        var token = MetaToken().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token));
        using var withToken = new HttpRequestMessage(HttpMethod.Post, accept) { Headers = { { "RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token) } } };
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(withToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/staff/queue")).StatusCode);

        using var integration = await StaffTestKit.ClientForAsync(_server, user, password);
        Assert.Equal(HttpStatusCode.NotFound, (await integration.PostAsync(accept, null)).StatusCode);
    }

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
