using Microsoft.Extensions.Options;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// Which URLs a WeChat message may make the bot fetch: only the hosts in <see cref="WeChatOptions.MediaHosts"/> (WeChat's
/// own by default), over https on its default port, without user info. Checked for the PicUrl and again for every
/// redirect; the address each connection goes to is checked by <see cref="WeChatMediaConnections"/>.
/// </summary>
public sealed class WeChatMediaPolicy(IOptions<WeChatOptions> options)
{
    public const int MaxRedirects = 3;

    /// <summary>The URL to fetch for <paramref name="url"/> (an http URL upgraded to https), or null when it must not be fetched.</summary>
    public Uri? Allow(Uri url)
    {
        var o = options.Value;
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(url.UserInfo))
        {
            return null;
        }

        var host = url.IdnHost.Trim('[', ']');
        if (!o.EffectiveMediaHosts.Any(h => string.Equals(h.Trim('[', ']'), host, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (!o.MediaRequireHttps)
        {
            return url;
        }

        if (!url.IsDefaultPort)
        {
            return null;
        }

        // WeChat hands out PicUrls as http://mmbiz.qpic.cn/…, which its hosts also serve over https.
        return url.Scheme == Uri.UriSchemeHttps ? url : new UriBuilder(url) { Scheme = Uri.UriSchemeHttps, Port = -1 }.Uri;
    }
}
