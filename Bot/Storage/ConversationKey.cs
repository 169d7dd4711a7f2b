namespace RightsBot.Storage;

/// <summary>Builds the storage key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public static class ConversationKey
{
    public static string For(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return $"{channelId}/conversations/{conversationId}";
    }
}
