namespace RightsBot.Channels.DirectLine;

/// <summary>Why a token was or was not accepted.</summary>
public enum TokenCheck
{
    Valid,
    Missing,
    Malformed,
    Expired,
    WrongConversation,

    /// <summary>Replaced by a refresh: only the newest token of a conversation works.</summary>
    Revoked,
}
