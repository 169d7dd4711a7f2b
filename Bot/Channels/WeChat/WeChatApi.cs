using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// The WeChat server APIs the bot calls, on the resilient "wechat" HttpClient: /cgi-bin/token, the customer-service
/// message API; media downloads go on the "wechat-media" client, only where <see cref="WeChatMediaPolicy"/> allows. HTTP
/// failures come back as results; only timeouts and network errors throw.
/// </summary>
public sealed class WeChatApi(IHttpClientFactory http, WeChatMediaPolicy media, IOptions<WeChatOptions> options)
{
    // WeChat shows \u-escaped Chinese literally, so the JSON carries it as UTF-8.
    private static readonly WeChatJsonContext Json = new(new JsonSerializerOptions(WeChatJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    private string Base => options.Value.ApiBaseUrl.TrimEnd('/');

    public async Task<(WeChatApiResult Result, string? Token, TimeSpan Lifetime)> FetchTokenAsync(CancellationToken ct)
    {
        var o = options.Value;
        var url = $"{Base}/cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(o.AppId!)}&secret={Uri.EscapeDataString(o.AppSecret!)}";
        using var response = await http.CreateClient(WeChatRegistration.HttpClientName).GetAsync(new Uri(url), ct);
        var (result, body) = await ReadAsync(response, ct);
        return (result, body?.AccessToken, TimeSpan.FromSeconds(body?.ExpiresIn ?? 0));
    }

    public async Task<WeChatApiResult> SendTextAsync(string accessToken, string openId, string text, CancellationToken ct)
    {
        var url = $"{Base}/cgi-bin/message/custom/send?access_token={Uri.EscapeDataString(accessToken)}";
        using var content = JsonContent.Create(new WeChatTextMessage(openId, new WeChatTextContent(text)), Json.WeChatTextMessage);
        using var response = await http.CreateClient(WeChatRegistration.HttpClientName).PostAsync(new Uri(url), content, ct);
        return (await ReadAsync(response, ct)).Result;
    }

    /// <summary>
    /// Copies a file WeChat serves (an image's PicUrl) into <paramref name="target"/>. Redirects are followed here, at
    /// most <see cref="WeChatMediaPolicy.MaxRedirects"/>, each checked like the first URL; a URL that may not be fetched
    /// throws <see cref="WeChatMediaRefusedException"/>.
    /// </summary>
    public async Task DownloadAsync(Uri url, Stream target, CancellationToken ct)
    {
        var client = http.CreateClient(WeChatRegistration.MediaHttpClientName);
        var next = media.Allow(url) ?? throw new WeChatMediaRefusedException("The URL is not on a WeChat media host.");
        for (var redirects = 0; ; redirects++)
        {
            using var response = await client.GetAsync(next, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect)
            {
                if (redirects == WeChatMediaPolicy.MaxRedirects || response.Headers.Location is not { } location)
                {
                    throw new WeChatMediaRefusedException("Too many redirects, or a redirect without a Location.");
                }

                next = media.Allow(location.IsAbsoluteUri ? location : new Uri(next, location))
                    ?? throw new WeChatMediaRefusedException("A redirect leads off the WeChat media hosts.");
                continue;
            }

            response.EnsureSuccessStatusCode();
            await using var source = await response.Content.ReadAsStreamAsync(ct);
            await source.CopyToAsync(target, ct);
            return;
        }
    }

    private static async Task<(WeChatApiResult Result, WeChatApiResponse? Body)> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        WeChatApiResponse? body = null;
        if (response.IsSuccessStatusCode)
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync(Json.WeChatApiResponse, ct);
            }
            catch (JsonException)
            {
                body = new WeChatApiResponse { Errcode = -2, Errmsg = "unreadable answer" };
            }
        }

        return (new WeChatApiResult(response.StatusCode, response.Headers.RetryAfter?.Delta, body?.Errcode ?? 0, body?.Errmsg), body);
    }
}
