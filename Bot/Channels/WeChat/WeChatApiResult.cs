using System.Net;

namespace RightsBot.Channels.WeChat;

/// <summary>The outcome of a WeChat API call: the HTTP status, a Retry-After if any, and WeChat's own errcode.</summary>
public sealed record WeChatApiResult(HttpStatusCode Status, TimeSpan? RetryAfter, int Errcode, string? Errmsg)
{
    public bool Ok => Status == HttpStatusCode.OK && Errcode == 0;
}
