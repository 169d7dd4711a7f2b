namespace RightsBot.Dialogs;

/// <summary>
/// A stateless dialog definition. Everything a dialog remembers between turns lives in its
/// <see cref="DialogInstance"/> on the stack, never on the dialog object (dialogs are shared by all conversations).
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Changes whenever the dialog's shape changes, so a saved instance of an older shape restarts politely.</summary>
    public virtual string Version => Id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken ct);

    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct) => dc.EndDialogAsync(null, ct);

    /// <summary>Called when a child dialog this dialog started has ended.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken ct) => dc.EndDialogAsync(result, ct);

    /// <summary>Asks again (after help or an interruption), without counting an attempt.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken ct) => Task.CompletedTask;
}
