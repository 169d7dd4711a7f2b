namespace RightsBot.Turns;

/// <summary>Runs the registered middleware in order, then the bot's handler.</summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> middleware, ITurnHandler handler)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(TurnContext turn, CancellationToken ct) => Next(0)(turn, ct);

    private TurnDelegate Next(int index) =>
        index < _middleware.Length
            ? (t, c) => _middleware[index].OnTurnAsync(t, Next(index + 1), c)
            : handler.OnTurnAsync;
}
