namespace RightsBot.Cases;

/// <summary>Where a case came in.</summary>
public enum CaseSource
{
    Web,
    Telegram,
    WeChat,
    Hotline,
    Other,
}
