using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Handoff;
using RightsBot.Tests.Support;
using Xunit.Abstractions;

namespace RightsBot.Tests.Regression;

/// <summary>
/// Walks every route the server maps, anonymously and signed in with each role (API token and console cookie), and
/// checks each answer against the access table below, written from the roles' duties rather than read off the code:
/// nothing answers 5xx, nothing protected answers 2xx to someone below its level, and a route missing from the table
/// fails the test so a new one cannot ship without a decision about who may use it.
/// </summary>
public sealed partial class RouteAccessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private BotServer _server = null!;

    private enum Level
    {
        Public,
        Staff,
        Supervisor,
        Admin,
    }

    /// <summary>Who may use what. Public routes guard themselves (Direct Line token, channel signature, API key).</summary>
    private static readonly (Regex Pattern, Level Level)[] AccessTable =
    [
        (Route("/"), Level.Public),
        (Route("/healthz"), Level.Public),
        (Route("/v3/directline/.*"), Level.Public),
        (Route("/api/channels/.*"), Level.Public),
        (Route("/api/cases.*"), Level.Public),
        (Route("/api/staff/login"), Level.Public),
        (Route("/staff/(login|setup|denied)"), Level.Public),
        (Route("/staff/account/(login|setup)"), Level.Public),
        (Route("/_blazor.*|/_framework/.*"), Level.Public),
        (Route("/no-such-file\\.js"), Level.Public),
        (Route("/api/staff/audit"), Level.Admin),
        (Route("/api/staff/.*"), Level.Staff),
        (Route("/staff/account/logout"), Level.Staff),
        (Route("/staff(/dashboard|/conversations/.*|/curation)?"), Level.Staff),
        (Route("/staff/exports(/.*)?"), Level.Supervisor),
        (Route("/staff/(users|audit)"), Level.Admin),
    ];

    public async Task InitializeAsync() => _server = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Regex Route(string pattern) => new("^(" + pattern + ")$", RegexOptions.CultureInvariant);

    [Fact]
    public async Task EveryRoute_AnonymousAndWithEachRole_AnswersOnlyThoseAllowed()
    {
        var routes = Routes().ToList();
        output.WriteLine($"{routes.Count} routes");
        var unclassified = routes.Where(r => LevelOf(r.Path) is null).Select(r => r.Method + " " + r.Template).ToList();
        Assert.True(unclassified.Count == 0, "Routes missing from the access table:\n" + string.Join('\n', unclassified));

        var identities = new List<(string Name, Level Level, HttpClient Http)> { ("anonymous", Level.Public, Anonymous()) };
        foreach (var (role, level) in new[] { (StaffRoles.LegalAid, Level.Staff), (StaffRoles.Supervisor, Level.Supervisor), (StaffRoles.Admin, Level.Admin) })
        {
            identities.Add((role + " (token)", level, await TokenClientAsync(role)));
            identities.Add((role + " (cookie)", level, await CookieClientAsync(role)));
        }

        var failures = new List<string>();
        foreach (var (name, identityLevel, http) in identities)
        {
            // Signing out last, so the other routes are walked signed in.
            foreach (var route in routes.OrderBy(r => r.Path.EndsWith("/logout", StringComparison.Ordinal)))
            {
                var required = LevelOf(route.Path)!.Value;

                // API tokens are for the API; on console pages their bearer is nobody.
                var level = name.EndsWith("(token)", StringComparison.Ordinal) && !route.Path.StartsWith("/api/", StringComparison.Ordinal) ? Level.Public : identityLevel;
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
                if (route.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await http.SendAsync(request);
                var status = (int)response.StatusCode;
                var where = $"{name}: {route.Method} {route.Path} → {status}";
                if (status >= 500)
                {
                    failures.Add(where + " (server error)");
                }
                else if (level < required && (status is >= 200 and < 300 || (IsRedirect(response) && !ToSignIn(response))))
                {
                    failures.Add(where + " (let in below its level)");
                }
                else if (level >= required && required != Level.Public && route.Method == "GET"
                    && (status is 401 or 403 || ToSignIn(response)))
                {
                    failures.Add(where + " (refused a permitted role)");
                }
            }
        }

        foreach (var (_, _, http) in identities)
        {
            http.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    private static bool ToSignIn(HttpResponseMessage response) =>
        IsRedirect(response) && response.Headers.Location is { } to
        && (to.OriginalString.Contains("/staff/login", StringComparison.Ordinal) || to.OriginalString.Contains("/staff/denied", StringComparison.Ordinal));

    private static Level? LevelOf(string path) => AccessTable.FirstOrDefault(e => e.Pattern.IsMatch(path)) is { Pattern: not null } hit ? hit.Level : null;

    /// <summary>Each mapped route with its methods and its parameters filled with harmless values.</summary>
    private IEnumerable<(string Method, string Template, string Path)> Routes()
    {
        var sources = _server.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            // Static files of the console (hashed CSS and scripts) are public by nature; everything else is walked.
            if (endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            {
                continue;
            }

            var template = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var path = Parameter().Replace(template, m => m.Groups[1].Value switch
            {
                "number" => "QX-2026-000001",
                "what" => "cases",
                "path" => "no-such-file.js",
                _ => "x" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6)).ToLowerInvariant(),
            });
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Distinct(StringComparer.Ordinal))
            {
                yield return (method, template, path);
            }
        }
    }

    private HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address };

    private async Task<HttpClient> TokenClientAsync(string role)
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, role);
        using var login = await StaffTestKit.LoginAsync(_server, user, password);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["accessToken"]!.GetValue<string>();
        var http = Anonymous();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private async Task<HttpClient> CookieClientAsync(string role)
    {
        var (user, password) = await StaffTestKit.AddAsync(_server, role);
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _server.Address };
        var html = await http.GetStringAsync("/staff/login");
        var token = TokenField().Match(html).Groups[1].Value;
        using var signIn = await http.PostAsync("/staff/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["user"] = user, ["password"] = password, ["returnUrl"] = "/staff",
        }));
        Assert.True(IsRedirect(signIn) && !ToSignIn(signIn), $"{role} could not sign in: {(int)signIn.StatusCode}");
        return http;
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
