namespace RightsBot.Channels.WeChat;

/// <summary>One push from WeChat (a message or an event), as parsed from its XML.</summary>
public sealed record WeChatMessage
{
    /// <summary>The account's original ID (<c>gh_…</c>).</summary>
    public required string ToUserName { get; init; }

    /// <summary>The worker's OpenID.</summary>
    public required string FromUserName { get; init; }

    public long CreateTime { get; init; }
    public required string MsgType { get; init; }
    public string? Content { get; init; }
    public string? MsgId { get; init; }
    public string? PicUrl { get; init; }
    public string? MediaId { get; init; }

    /// <summary>Speech recognised by WeChat for a voice message, when the account has it switched on.</summary>
    public string? Recognition { get; init; }

    public string? Event { get; init; }
    public string? EventKey { get; init; }
}
