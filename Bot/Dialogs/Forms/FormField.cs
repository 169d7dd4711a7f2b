using RightsBot.Dialogs.Prompts;

namespace RightsBot.Dialogs.Forms;

/// <summary>
/// One question of a form: which prompt asks it, when it applies, whether it is answered, how an answer changes the
/// form's typed state, and how the answer reads in the summary.
/// </summary>
public sealed record FormField<TState>
    where TState : class, new()
{
    /// <summary>Stable name, stored on the stack; also used for the correction buttons.</summary>
    public required string Name { get; init; }

    /// <summary>The field as the worker reads it in the summary (e.g. 手机号).</summary>
    public required string Label { get; init; }

    /// <summary>The id of the prompt dialog that asks it.</summary>
    public required string PromptId { get; init; }

    public required Func<TState, PromptOptions> Options { get; init; }
    public required Func<TState, bool> IsAnswered { get; init; }

    /// <summary>Applies a recognised answer; the dialog context gives access to the turn (redaction, services).</summary>
    public required Func<TState, object?, DialogContext, TState> Apply { get; init; }

    /// <summary>Forgets the answer so the field is asked again (a correction from the summary).</summary>
    public required Func<TState, TState> Clear { get; init; }

    /// <summary>How the answer reads in the summary; null hides the line.</summary>
    public required Func<TState, DialogContext, string?> Display { get; init; }

    /// <summary>When the field is asked at all (defaults to always).</summary>
    public Func<TState, bool> Applies { get; init; } = static _ => true;

    /// <summary>What to store when the worker's answers ran out of attempts: the form goes on instead of being lost.</summary>
    public required Func<TState, TState> Skip { get; init; }

    /// <summary>Shown as a correction button in the summary.</summary>
    public bool Correctable { get; init; } = true;
}
