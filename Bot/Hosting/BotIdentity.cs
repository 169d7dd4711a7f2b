using RightsBot.Activities;

namespace RightsBot.Hosting;

/// <summary>How the bot appears in conversations.</summary>
public sealed class BotIdentity
{
    public ChannelAccount Account { get; } = new() { Id = "rightsbot", Name = "工会维权小助手", Role = "bot" };
}
