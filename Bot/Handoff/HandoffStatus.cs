namespace RightsBot.Handoff;

/// <summary>Where a request for a person stands.</summary>
public enum HandoffStatus
{
    /// <summary>In the queue; the bot keeps helping meanwhile.</summary>
    Waiting,

    /// <summary>A staff member holds the conversation; the bot is silent.</summary>
    Active,

    /// <summary>Returned to the bot (or withdrawn by the worker).</summary>
    Closed,
}
