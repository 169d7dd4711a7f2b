using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Cases;

/// <summary>The hotline case API refuses oversized collections, fields and bodies with problem details naming the field.</summary>
public sealed class CaseApiLimitsTests : IAsyncLifetime
{
    private const string ApiKey = "limits-test-key";
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Cases:Api:Keys:0:Name"] = "hotline-desk",
        ["Cases:Api:Keys:0:KeySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))),
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = _server.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }

    [Fact]
    public async Task HotlineCase_With51EvidenceItems_Is400NamingEvidence()
    {
        using var api = Api();
        var response = await api.PostAsJsonAsync("/api/cases", new { anonymous = true, evidence = Enumerable.Range(0, 51).Select(i => "工资条" + i).ToArray() });

        Assert.True((await ErrorsAsync(response)).ContainsKey("evidence"));
    }

    [Fact]
    public async Task HotlineCase_WithOverlongFields_Is400NamingEachField()
    {
        using var api = Api();
        var response = await api.PostAsJsonAsync("/api/cases", new { anonymous = true, name = new string('张', 21), employer = new string('建', 101) });

        var errors = await ErrorsAsync(response);
        Assert.True(errors.ContainsKey("name"));
        Assert.True(errors.ContainsKey("employer"));
    }

    [Fact]
    public async Task HotlineCase_WithABodyOverTheApiLimit_Is413()
    {
        using var api = Api();
        var response = await api.PostAsJsonAsync("/api/cases", new { anonymous = true, wants = new string('a', 200_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
