using System.Text.Json;
using RightsBot.Activities;

namespace RightsBot.Dialogs;

/// <summary>
/// A fixed sequence of steps with one typed record of answers (<typeparamref name="TState"/>), stored as JSON on the
/// dialog stack. Its version includes the step count, so a redeployed waterfall of another shape restarts politely.
/// </summary>
public class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    internal const string StepKey = "step";
    internal const string ValuesKey = "values";
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly WaterfallStep<TState>[] _steps;
    private readonly string? _revision;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep<TState>> steps, string? revision = null)
        : base(id)
    {
        _steps = [.. steps];
        _revision = revision;
        if (_steps.Length == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    public override string Version => _revision is null ? $"{Id}/{_steps.Length}" : $"{Id}/{_steps.Length}/{_revision}";

    /// <summary>When false (the default) a prompt that gave up ends this waterfall too, handing the worker to a person.</summary>
    protected virtual bool HandlesGaveUp => false;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        var state = options as TState ?? new TState();
        instance.State[ValuesKey] = JsonSerializer.SerializeToNode(state, JsonOptions);
        return RunStepAsync(dc, instance, 0, null, ct);
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct)
    {
        // A waterfall waiting without a child prompt takes the next message's text as the step result.
        if (!string.Equals(dc.Turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, CurrentStep(instance) + 1, dc.Turn.Activity.Text, ct);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        if (result is GaveUp && !HandlesGaveUp)
        {
            return dc.EndDialogAsync(result, ct);
        }

        return RunStepAsync(dc, instance, CurrentStep(instance) + 1, result, ct);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, object? result, CancellationToken ct)
    {
        var state = WaterfallStepContext<TState>.ReadState(instance.State);
        if (index >= _steps.Length)
        {
            return await dc.EndDialogAsync(state, ct);
        }

        instance.State[StepKey] = index;
        var step = new WaterfallStepContext<TState>(this, dc, instance, index, state, result);
        return await _steps[index](step, ct);
    }

    private static int CurrentStep(DialogInstance instance) =>
        instance.State[StepKey]?.GetValue<int>() ?? 0;
}
