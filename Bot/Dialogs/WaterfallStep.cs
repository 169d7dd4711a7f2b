namespace RightsBot.Dialogs;

/// <summary>One step of a waterfall: asks something, or uses the previous step's result and moves on.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken ct)
    where TState : class, new();
