using System.ComponentModel.DataAnnotations;

namespace RightsBot.Turns;

/// <summary>How many conversations are worked on at once.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns of different conversations run in parallel up to this number; one conversation's turns never overlap.</summary>
    [Range(1, 256)]
    public int MaxConcurrentConversations { get; set; } = 8;
}
