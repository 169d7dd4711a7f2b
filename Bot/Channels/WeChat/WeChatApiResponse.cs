namespace RightsBot.Channels.WeChat;

/// <summary>What the WeChat APIs answer: <c>errcode</c>/<c>errmsg</c>, and for /cgi-bin/token the token itself.</summary>
public sealed record WeChatApiResponse
{
    public int Errcode { get; init; }
    public string? Errmsg { get; init; }
    public string? AccessToken { get; init; }
    public int ExpiresIn { get; init; }
}
