using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>Staff accounts with generated passwords on a running server, and API clients signed in as them.</summary>
internal static class StaffTestKit
{
    public static string NewPassword() => "pw-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    public static async Task<(string User, string Password)> AddAsync(BotServer server, string role, string? displayName = null)
    {
        var user = role + "-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();
        var password = NewPassword();
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(user, displayName ?? "测试" + StaffRoles.Label(role), password, role, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return (user, password);
    }

    public static async Task<HttpResponseMessage> LoginAsync(BotServer server, string user, string password)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        return await http.PostAsJsonAsync("/api/staff/login", new { user, password });
    }

    /// <summary>An HTTP client carrying the bearer token of a fresh account with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> ClientAsync(BotServer server, string role, string? displayName = null)
    {
        var (user, password) = await AddAsync(server, role, displayName);
        return await ClientForAsync(server, user, password);
    }

    public static async Task<HttpClient> ClientForAsync(BotServer server, string user, string password)
    {
        var response = await LoginAsync(server, user, password);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        var http = new HttpClient { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Waits until the staff queue lists a waiting conversation; returns its queue entry.</summary>
    public static async Task<JsonObject> WaitForWaitingAsync(HttpClient staff, Func<JsonObject, bool>? match = null)
    {
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        while (true)
        {
            var queue = (await staff.GetFromJsonAsync<JsonObject>("/api/staff/queue", cts.Token))!;
            var found = queue["waiting"]!.AsArray().Select(w => w!.AsObject()).FirstOrDefault(w => match?.Invoke(w) ?? true);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50, cts.Token);
        }
    }
}
