namespace RightsBot.Answers;

/// <summary>
/// A question the knowledge base could not answer, or whose answer a worker marked 没帮助, counted by its folded text.
/// Long digit runs (phone, ID and card numbers) are masked before it is stored.
/// </summary>
public sealed class UnansweredQuestion
{
    public long Id { get; set; }

    /// <summary>The folded question, used to count repeats.</summary>
    public required string Key { get; set; }

    /// <summary>The question as first asked (masked).</summary>
    public required string Text { get; set; }

    /// <summary><see cref="UnansweredReason"/> as text.</summary>
    public required string Reason { get; set; }

    /// <summary>The article that was given, for 没帮助.</summary>
    public string? ArticleId { get; set; }

    public int Count { get; set; }
    public DateTimeOffset FirstAskedAt { get; set; }
    public DateTimeOffset LastAskedAt { get; set; }
}
