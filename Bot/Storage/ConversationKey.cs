using System.Security.Cryptography;
using System.Text;

namespace RightsBot.Storage;

/// <summary>Builds the storage key <c>{channelId}/conversations/{conversationId}</c>, and its form for logs.</summary>
public static class ConversationKey
{
    // Per process: log lines of one run can be correlated, but a Telegram chat id or WeChat OpenID cannot be read back.
    private static readonly byte[] LogSalt = RandomNumberGenerator.GetBytes(32);

    public static string For(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return $"{channelId}/conversations/{conversationId}";
    }

    /// <summary>
    /// The key as logs show it. Direct Line ids are random and ours; Telegram chat ids and WeChat OpenIDs identify a
    /// person, so they are replaced by a salted hash.
    /// </summary>
    public static string ForLog(string key)
    {
        if (key.StartsWith("directline/", StringComparison.Ordinal))
        {
            return key;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var channel = slash > 0 ? key[..slash] : "unknown";
        var hash = HMACSHA256.HashData(LogSalt, Encoding.UTF8.GetBytes(key));
        return $"{channel}/#{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
    }
}
