namespace RightsBot.Channels.WeChat;

/// <summary>A customer-service text message: <c>{"touser":…,"msgtype":"text","text":{"content":…}}</c>.</summary>
public sealed record WeChatTextMessage(string Touser, WeChatTextContent Text)
{
    public string Msgtype => "text";
}
