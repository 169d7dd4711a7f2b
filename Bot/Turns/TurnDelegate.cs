namespace RightsBot.Turns;

/// <summary>The rest of the pipeline, as seen by a middleware.</summary>
public delegate Task TurnDelegate(TurnContext turn, CancellationToken ct);
