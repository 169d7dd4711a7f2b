using System.Text.Json;
using System.Text.Json.Nodes;

namespace RightsBot.Dialogs;

/// <summary>What a waterfall step sees: the turn, its typed answers so far, and the previous step's result.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _parent;
    private readonly DialogInstance _instance;
    private TState _state;

    internal WaterfallStepContext(WaterfallDialog<TState> parent, DialogContext dc, DialogInstance instance, int index, TState state, object? result)
    {
        _parent = parent;
        Context = dc;
        _instance = instance;
        Index = index;
        _state = state;
        Result = result;
    }

    public DialogContext Context { get; }
    public int Index { get; }

    /// <summary>The previous step's result: the value a prompt recognised, or the worker's text.</summary>
    public object? Result { get; }

    /// <summary>The answers collected so far; assigning saves them on the stack at once.</summary>
    public TState State
    {
        get => _state;
        set
        {
            _state = value ?? throw new ArgumentNullException(nameof(value));
            _instance.State[WaterfallDialog<TState>.ValuesKey] = JsonSerializer.SerializeToNode(value, WaterfallDialog<TState>.JsonOptions);
        }
    }

    /// <summary>The previous result as <typeparamref name="T"/>, or default when it is of another type.</summary>
    public T? ResultAs<T>() => Result is T value ? value : default;

    /// <summary>Skips straight to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken ct) => _parent.RunStepAsync(Context, _instance, Index + 1, result, ct);

    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options, CancellationToken ct) =>
        Context.BeginDialogAsync(promptId, options, ct);

    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken ct) => Context.EndDialogAsync(result, ct);

    internal static TState ReadState(JsonObject instanceState) =>
        instanceState[WaterfallDialog<TState>.ValuesKey] is JsonNode node
            ? node.Deserialize<TState>(WaterfallDialog<TState>.JsonOptions) ?? new TState()
            : new TState();
}
