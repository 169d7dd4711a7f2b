namespace RightsBot.Handoff;

/// <summary>
/// One request for a person: queued, taken by a staff member, returned to the bot. The worker's left message and
/// callback number (outside service hours) are stored encrypted.
/// </summary>
public sealed class HandoffRecord
{
    public long Id { get; set; }

    /// <summary>The public id staff pages and the staff API use.</summary>
    public required string Ticket { get; set; }

    public required string ConversationKey { get; set; }
    public required string ChannelId { get; set; }
    public HandoffStatus Status { get; set; }

    /// <summary>Higher first in the queue: 3 crisis, 2 serious case, 1 asked for a person or the bot gave up.</summary>
    public int Severity { get; set; }

    /// <summary>Reason codes, comma-separated (crisis:selfharm, serious-case, asked-for-person, prompt-gave-up).</summary>
    public required string Reasons { get; set; }

    /// <summary>Asked outside service hours: a message and maybe a callback number were taken.</summary>
    public bool AfterHours { get; set; }

    public string? LeftMessageProtected { get; set; }
    public string? CallbackPhoneProtected { get; set; }
    public string? CallbackPhoneMasked { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }
    public DateTimeOffset? FirstStaffReplyAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
}
