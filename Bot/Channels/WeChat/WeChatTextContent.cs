namespace RightsBot.Channels.WeChat;

/// <summary>The <c>text</c> object of a customer-service message.</summary>
public sealed record WeChatTextContent(string Content);
