using RightsBot.Localization;
using RightsBot.Turns;

namespace RightsBot.Dialogs;

/// <summary>Runs the dialog stack of one conversation for one turn.</summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turn, DialogState state)
{
    public TurnContext Turn { get; } = turn;
    public DialogSet Dialogs { get; } = dialogs;
    public DialogState State { get; } = state;

    /// <summary>The dialog on top of the stack, if any.</summary>
    public DialogInstance? ActiveDialog => State.Stack.Count > 0 ? State.Stack[^1] : null;

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken ct)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not registered.");
        State.Stack.Add(new DialogInstance { Id = dialog.Id, Version = dialog.Version });
        return dialog.BeginAsync(this, options, ct);
    }

    /// <summary>
    /// Passes the turn to the active dialog. A stack saved by an older shape of a dialog is cancelled with a polite
    /// restart instead of resuming at a step that now means something else.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken ct)
    {
        if (ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }

        foreach (var instance in State.Stack)
        {
            var known = Dialogs.Find(instance.Id);
            if (known is null || !string.Equals(known.Version, instance.Version, StringComparison.Ordinal))
            {
                State.Stack.Clear();
                Turn.SendText(BotText.DialogChanged);
                return new DialogTurnResult(DialogTurnStatus.Cancelled, DialogChanged.Instance);
            }
        }

        return await ActiveDialogDefinition().ContinueAsync(this, ct);
    }

    /// <summary>Ends the active dialog and hands <paramref name="result"/> to its parent.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken ct)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        if (ActiveDialog is null)
        {
            return new DialogTurnResult(result is GaveUp ? DialogTurnStatus.GaveUp : DialogTurnStatus.Complete, result);
        }

        return await ActiveDialogDefinition().ResumeAsync(this, result, ct);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken ct)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, ct);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        State.Stack.Clear();
        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled));
    }

    /// <summary>Asks the active dialog to repeat its question (after help, or after talking about something else).</summary>
    public Task RepromptDialogAsync(CancellationToken ct) =>
        ActiveDialog is null ? Task.CompletedTask : ActiveDialogDefinition().RepromptAsync(this, ct);

    private Dialog ActiveDialogDefinition() =>
        Dialogs.Find(ActiveDialog!.Id) ?? throw new InvalidOperationException($"Dialog '{ActiveDialog.Id}' is not registered.");
}
