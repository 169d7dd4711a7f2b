namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>What the bot did with a message, as a worker would see it.</summary>
/// <param name="AnsweredId">The article given as the answer, if any.</param>
/// <param name="OfferedIds">The articles offered as "您是想问…", if it asked back.</param>
/// <param name="Crisis">True when the message was treated as a crisis.</param>
/// <param name="FirstNumber">The emergency number the crisis reply gives first.</param>
/// <param name="SmallTalk">The kind of small talk recognised, if any.</param>
public sealed record BotOutcome(string? AnsweredId, IReadOnlyList<string> OfferedIds, bool Crisis, string? FirstNumber, string? SmallTalk)
{
    public static BotOutcome Answer(string id) => new(id, [], false, null, null);

    public bool AskedBack => OfferedIds.Count > 0;

    public bool Declined => AnsweredId is null && OfferedIds.Count == 0;
}
