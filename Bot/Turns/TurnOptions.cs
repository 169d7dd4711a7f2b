using System.ComponentModel.DataAnnotations;

namespace RightsBot.Turns;

/// <summary>How many conversations are worked on at once, and when a worker sees that the bot is typing.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns of different conversations run in parallel up to this number; one conversation's turns never overlap.</summary>
    [Range(1, 256)]
    public int MaxConcurrentConversations { get; set; } = 8;

    /// <summary>
    /// A turn that takes longer than this shows a typing indicator; quicker ones (nearly all) answer without one,
    /// which saves a message to every client.
    /// </summary>
    [Range(0, 10_000)]
    public int TypingDelayMilliseconds { get; set; } = 200;
}
