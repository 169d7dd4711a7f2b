using System.ComponentModel.DataAnnotations;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// The WeChat Official Account channel. Off unless <see cref="Token"/> is set. AppSecret, Token and EncodingAesKey are
/// secrets: set them through environment variables (<c>Channels__WeChat__AppSecret</c> …).
/// </summary>
public sealed class WeChatOptions : IValidatableObject
{
    public const string SectionName = "Channels:WeChat";

    /// <summary>The account's AppID (开发者ID), e.g. <c>wx0123456789abcdef</c>.</summary>
    public string? AppId { get; set; }

    /// <summary>The AppSecret (开发者密码), for the access_token of the customer-service message API.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The Token (令牌) entered in the server configuration; signs every push.</summary>
    public string? Token { get; set; }

    /// <summary>The EncodingAESKey (消息加解密密钥, 43 characters) for safe mode; empty for plain mode only.</summary>
    public string? EncodingAesKey { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.weixin.qq.com";

    /// <summary>
    /// How long a push waits for the bot's answer to reply passively. WeChat gives up after 5 seconds and retries; after
    /// this the request answers "success" and the answer goes through the customer-service API.
    /// </summary>
    [Range(0, 4.5)]
    public double PassiveReplySeconds { get; set; } = 4;

    /// <summary>How long after the worker's last message the customer-service API may write to them.</summary>
    [Range(1, 48)]
    public double CustomerServiceWindowHours { get; set; } = 48;

    [Range(1024, 1_000_000)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How far (either way) a push's signed <c>timestamp</c> may be from now; older or later pushes are refused, and a
    /// timestamp and nonce seen within it are refused as a replay.
    /// </summary>
    [Range(30, 3600)]
    public int PushWindowSeconds { get; set; } = 300;

    /// <summary>How many recent timestamp and nonce pairs are remembered (one instance's memory; the oldest go first when full).</summary>
    [Range(1000, 10_000_000)]
    public int ReplayMemorySize { get; set; } = 100_000;

    /// <summary>The hosts an image's PicUrl (or any media URL of a message) may be fetched from; none set = WeChat's own.</summary>
    public string[]? MediaHosts { get; set; }

    /// <summary>Media are fetched over https only (an http PicUrl on an allowed host is fetched as https). Tests switch it off for their fake.</summary>
    public bool MediaRequireHttps { get; set; } = true;

    /// <summary>
    /// Media connections go only to public addresses (checked on the resolved address of every connection and every
    /// redirect). Tests switch it off for their fake server on loopback.
    /// </summary>
    public bool MediaBlockPrivateAddresses { get; set; } = true;

    /// <summary>WeChat's hosts for PicUrl images and media downloads.</summary>
    public static IReadOnlyList<string> DefaultMediaHosts { get; } = ["mmbiz.qpic.cn", "mmbiz.qlogo.cn", "api.weixin.qq.com"];

    public IReadOnlyList<string> EffectiveMediaHosts => MediaHosts is { Length: > 0 } hosts ? hosts : DefaultMediaHosts;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token);

    public bool HasAesKey => !string.IsNullOrWhiteSpace(EncodingAesKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(AppId) || string.IsNullOrWhiteSpace(AppSecret))
        {
            yield return new ValidationResult("Channels:WeChat:AppId and AppSecret are required when the WeChat channel is on.", [nameof(AppId), nameof(AppSecret)]);
        }

        if (HasAesKey && !WeChatCrypto.IsValidAesKey(EncodingAesKey!))
        {
            yield return new ValidationResult("Channels:WeChat:EncodingAesKey must be the 43-character key from the account's server settings.", [nameof(EncodingAesKey)]);
        }

        if (MediaHosts is { } hosts && hosts.Any(h => Uri.CheckHostName(h) is UriHostNameType.Unknown or UriHostNameType.Basic))
        {
            yield return new ValidationResult("Channels:WeChat:MediaHosts must be host names or IP addresses (no scheme, port or path).", [nameof(MediaHosts)]);
        }
    }
}
