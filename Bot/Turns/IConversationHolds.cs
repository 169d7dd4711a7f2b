namespace RightsBot.Turns;

/// <summary>Knows which conversations a person holds right now (the bot stays silent in them).</summary>
public interface IConversationHolds
{
    bool IsHeld(string conversationKey);
}
