namespace RightsBot.Turns;

/// <summary>The bot itself: the last stage of the turn pipeline.</summary>
public interface ITurnHandler
{
    Task OnTurnAsync(TurnContext turn, CancellationToken ct);
}
