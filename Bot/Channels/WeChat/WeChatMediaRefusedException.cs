namespace RightsBot.Channels.WeChat;

/// <summary>A media URL (or a redirect, or the address it resolves to) that the bot will not fetch.</summary>
public sealed class WeChatMediaRefusedException(string message) : HttpRequestException(message)
{
    /// <summary>Whether <paramref name="exception"/> is, or wraps, a refusal (SocketsHttpHandler wraps what a connect callback throws).</summary>
    public static bool IsIn(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is WeChatMediaRefusedException)
            {
                return true;
            }
        }

        return false;
    }
}
