namespace RightsBot.Dialogs;

/// <summary>The result of a turn whose saved stack no longer matched the dialogs' current shape.</summary>
public sealed record DialogChanged
{
    public static DialogChanged Instance { get; } = new();
}
