namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>
/// An amount of money a worker gave, exact (<see cref="Low"/> equals <see cref="High"/>) or as a range ("五六千").
/// <see cref="Low"/> is never above <see cref="High"/>.
/// </summary>
/// <param name="Low">The lower bound, in yuan.</param>
/// <param name="High">The upper bound, in yuan; equal to <paramref name="Low"/> for an exact amount.</param>
public sealed record AmountRange(decimal Low, decimal High)
{
    /// <summary>Whether the worker gave one amount rather than a range.</summary>
    public bool IsExact => Low == High;
}
