namespace RightsBot.Tests.Support;

/// <summary>A worker talking to the bot through some channel (Web Chat, Telegram, WeChat), as conversation scripts see it.</summary>
internal interface IWorkerChat
{
    /// <summary>Says something; on channels with buttons, presses the button with this title when the last message has one.</summary>
    Task SendAsync(string text);

    /// <summary>Waits for a bot message containing <paramref name="fragment"/>; returns the texts of the new bot messages.</summary>
    Task<List<string>> ExpectAsync(string fragment);

    /// <summary>Sends a photo (the report's evidence step).</summary>
    Task SendPhotoAsync(byte[] jpeg);
}
