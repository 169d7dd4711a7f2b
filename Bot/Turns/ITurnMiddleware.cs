namespace RightsBot.Turns;

/// <summary>A step every turn passes through, on every channel, before the bot's handler.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken ct);
}
