using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>
/// Failed sign-ins slow the guesser, not the account: strangers cannot lock an admin out or end the admin's token, and
/// unknown names answer exactly like wrong passwords. Addresses are simulated with a trusted proxy and X-Forwarded-For.
/// </summary>
public sealed partial class StaffLoginThrottleTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Hosting:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["Staff:FailuresBeforePause"] = "5",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<HttpResponseMessage> LoginFromAsync(string address, string user, string password)
    {
        using var http = new HttpClient { BaseAddress = _server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/staff/login") { Content = JsonContent.Create(new { user, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task WrongPasswordsFromOtherAddresses_DoNotLockTheAdmin_NorEndItsToken()
    {
        var (admin, password) = await StaffTestKit.AddAsync(_server, StaffRoles.Admin);
        using var signedIn = await StaffTestKit.ClientForAsync(_server, admin, password);
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginFromAsync($"203.0.113.{i}", admin, "wrong-password-" + i)).StatusCode);
        }

        // Even five more from one stranger address only pause that address.
        for (var i = 0; i < 6; i++)
        {
            await LoginFromAsync("203.0.113.99", admin, "wrong-password");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginFromAsync("203.0.113.99", admin, password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/staff/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginFromAsync("192.0.2.10", admin, password)).StatusCode);
    }

    // The answer without its per-request trace id.
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var problem = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    [Fact]
    public async Task UnknownUser_AndWrongPassword_GetTheSameAnswer()
    {
        var (user, _) = await StaffTestKit.AddAsync(_server, StaffRoles.LegalAid);
        var unknownUser = "nobody-" + Guid.NewGuid().ToString("N")[..6];

        // Warm both paths up, then take the fastest of a few tries each, so start-up costs and stray pauses do not count.
        var wrongTimes = new List<TimeSpan>();
        var unknownTimes = new List<TimeSpan>();
        HttpResponseMessage? wrong = null, unknown = null;
        for (var i = 0; i < 4; i++)
        {
            var clock = Stopwatch.StartNew();
            wrong = await LoginFromAsync($"198.51.100.{20 + i}", user, "wrong-password");
            wrongTimes.Add(clock.Elapsed);
            clock.Restart();
            unknown = await LoginFromAsync($"198.51.100.{30 + i}", unknownUser, "wrong-password");
            unknownTimes.Add(clock.Elapsed);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, wrong!.StatusCode);
        Assert.Equal(wrong.StatusCode, unknown!.StatusCode);
        Assert.Equal(await ProblemAsync(wrong), await ProblemAsync(unknown));

        // Both compute a password hash (PBKDF2, tens of milliseconds), so an unknown name is not answered instantly.
        var (fastestWrong, fastestUnknown) = (wrongTimes.Skip(1).Min(), unknownTimes.Skip(1).Min());
        Assert.True(fastestUnknown > fastestWrong / 4, $"unknown {fastestUnknown.TotalMilliseconds} ms vs wrong {fastestWrong.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task LoginForm_AnswersAnUnknownUserExactlyLikeAWrongPassword_EvenAfterManyTries()
    {
        var (user, _) = await StaffTestKit.AddAsync(_server, StaffRoles.Admin);

        var known = await FormAnswersAsync("198.51.100.40", user);
        var unknown = await FormAnswersAsync("198.51.100.41", "nobody-" + Guid.NewGuid().ToString("N")[..6]);

        // Before: the existing name turned "locked" after five tries and the unknown one never did.
        Assert.Equal(known, unknown);
        Assert.Contains("/staff/login?error=1", known);
        Assert.Contains("/staff/login?error=paused", known);
    }

    // The redirects the login form gives for seven wrong passwords from one address.
    private async Task<List<string>> FormAnswersAsync(string address, string user)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _server.Address };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var html = await http.GetStringAsync("/staff/login");
        var token = TokenField().Match(html).Groups[1].Value;
        var answers = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var response = await http.PostAsync("/staff/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["user"] = user, ["password"] = "wrong-password", ["returnUrl"] = "/staff",
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            answers.Add(response.Headers.Location!.OriginalString);
        }

        return answers;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
