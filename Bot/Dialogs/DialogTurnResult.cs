namespace RightsBot.Dialogs;

/// <summary>The status of a dialog turn and, when a dialog ended, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
