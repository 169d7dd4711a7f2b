using System.Globalization;
using Microsoft.Extensions.Options;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// Keeps a captured signed push URL from being used again. A push's signed <c>timestamp</c> must be within
/// <see cref="WeChatOptions.PushWindowSeconds"/> of now (either way), and its timestamp and nonce must not have been seen
/// while they were in that window. The memory is this instance's own, bounded by <see cref="WeChatOptions.ReplayMemorySize"/>
/// (when full, the pair closest to leaving the window is forgotten first); instances behind a load balancer do not share
/// it (a shared store for several instances is issue #14's job). WeChat's retry of a slow push carries a new timestamp
/// and nonce, so retries pass (MsgId de-duplication catches them).
/// </summary>
public sealed class WeChatReplayGuard(IOptions<WeChatOptions> options, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, long> _byTimestamp = new();

    /// <summary>Whether <paramref name="timestamp"/> (Unix seconds) is within the window of now.</summary>
    public bool IsFresh(string? timestamp) =>
        Parse(timestamp) is { } seconds && Math.Abs(Now() - seconds) <= options.Value.PushWindowSeconds;

    /// <summary>Remembers a fresh push's timestamp and nonce; false when they were already seen (a replay).</summary>
    public bool TryRemember(string timestamp, string nonce)
    {
        var seconds = Parse(timestamp) ?? throw new ArgumentException("Not a Unix timestamp.", nameof(timestamp));
        var key = string.Concat(timestamp, ":", nonce);
        var window = options.Value.PushWindowSeconds;
        var now = Now();
        lock (_lock)
        {
            // Pairs whose timestamp has left the window are refused as stale anyway, so they need not be remembered.
            while (_byTimestamp.TryPeek(out var old, out var at) && now - at > window)
            {
                _byTimestamp.Dequeue();
                _seen.Remove(old);
            }

            if (_seen.Contains(key))
            {
                return false;
            }

            if (_seen.Count >= options.Value.ReplayMemorySize)
            {
                _seen.Remove(_byTimestamp.Dequeue());
            }

            _seen.Add(key);
            _byTimestamp.Enqueue(key, seconds);
            return true;
        }
    }

    /// <summary>How many pairs are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();

    private static long? Parse(string? timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && timestamp.Length <= 12 ? seconds : null;
}
