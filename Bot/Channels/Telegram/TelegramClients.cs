using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace RightsBot.Channels.Telegram;

/// <summary>
/// Makes Telegram.Bot clients on HttpClients from the factory, which carry our resilience handler (timeouts, retries
/// with jitter, circuit breaker). The library's own 429 retry is switched off so the two do not stack.
/// </summary>
public sealed class TelegramClients(IHttpClientFactory http, IOptions<TelegramOptions> options)
{
    public ITelegramBotClient Create() => Create(TelegramRegistration.HttpClientName);

    /// <summary>A client whose calls may wait as long as a getUpdates long poll.</summary>
    public ITelegramBotClient CreateForPolling() => Create(TelegramRegistration.PollingHttpClientName);

    private TelegramBotClient Create(string httpClientName)
    {
        var o = options.Value;
        // Passing a base URL makes the library treat the server as a local Bot API server, so only do it for another server.
        var baseUrl = string.Equals(o.ApiBaseUrl.TrimEnd('/'), TelegramOptions.PublicApi, StringComparison.OrdinalIgnoreCase) ? null : o.ApiBaseUrl;
        return new TelegramBotClient(new TelegramBotClientOptions(o.BotToken!, baseUrl) { RetryCount = 0 }, http.CreateClient(httpClientName));
    }
}
