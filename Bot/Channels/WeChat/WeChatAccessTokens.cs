namespace RightsBot.Channels.WeChat;

/// <summary>
/// The one access_token of the account, fetched when first needed, kept until a margin before it expires, and fetched
/// again when WeChat says it is invalid (40001, 42001). Fetching a new token invalidates the old one, so there is one
/// cache and one fetch at a time.
/// </summary>
public sealed class WeChatAccessTokens(WeChatApi api, TimeProvider time)
{
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private volatile Cached? _current;

    /// <summary>A valid token, or null when WeChat refused to give one (the result says why).</summary>
    public async Task<(string? Token, WeChatApiResult? Refusal)> GetAsync(CancellationToken ct)
    {
        if (_current is { } cached && time.GetUtcNow() < cached.RefreshAt)
        {
            return (cached.Token, null);
        }

        await _fetch.WaitAsync(ct);
        try
        {
            if (_current is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return (fresh.Token, null);
            }

            var (result, token, lifetime) = await api.FetchTokenAsync(ct);
            if (!result.Ok || string.IsNullOrEmpty(token))
            {
                return (null, result);
            }

            // Refresh ahead of expiry: a quarter of the lifetime, at most five minutes, early.
            var margin = TimeSpan.FromSeconds(Math.Min(300, lifetime.TotalSeconds / 4));
            _current = new Cached(token, time.GetUtcNow() + lifetime - margin);
            return (token, null);
        }
        finally
        {
            _fetch.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after WeChat called it invalid or expired.</summary>
    public void Invalidate(string token)
    {
        if (_current is { } cached && string.Equals(cached.Token, token, StringComparison.Ordinal))
        {
            _current = null;
        }
    }

    private sealed record Cached(string Token, DateTimeOffset RefreshAt);
}
