using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// One message of the blind evaluation set (Tests/Knowledge/TestData/blind): written by people who never saw the
/// articles, labelled separately without seeing the bot's answers. A follow-up has two turns; the label is for the
/// last one.
/// </summary>
public sealed record BlindCase
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary><c>in-domain</c>, <c>followup</c>, <c>out-of-domain</c>, <c>smalltalk</c> or <c>crisis</c>.</summary>
    [JsonPropertyName("category")]
    public required string Category { get; init; }

    [JsonPropertyName("turns")]
    public required IReadOnlyList<string> Turns { get; init; }

    /// <summary>The ids that best answer the (last) message; empty outside the domain.</summary>
    [JsonPropertyName("expected")]
    public IReadOnlyList<string> Expected { get; init; } = [];

    /// <summary>Other ids that would still be a right, useful answer.</summary>
    [JsonPropertyName("acceptable")]
    public IReadOnlyList<string> Acceptable { get; init; } = [];

    /// <summary>What a right answer must state, with the fact ids it rests on.</summary>
    [JsonPropertyName("facts")]
    public IReadOnlyList<string> Facts { get; init; } = [];

    [JsonPropertyName("crisis")]
    public BlindCrisis? Crisis { get; init; }

    /// <summary><c>dev</c> (tuned on) or <c>test</c> (never tuned on).</summary>
    [JsonPropertyName("half")]
    public required string Half { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>The message the label is about.</summary>
    public string Text => Turns[^1];

    /// <summary>Every id that counts as a right answer.</summary>
    public IReadOnlySet<string> RightIds => new HashSet<string>(Expected.Concat(Acceptable), StringComparer.Ordinal);

    /// <summary>A question the knowledge base is meant to answer (possibly also inside a crisis message).</summary>
    public bool IsInDomain => Category is "in-domain" or "followup";

    public static IReadOnlyList<BlindCase> Load(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<BlindCase>(line) ?? throw new InvalidDataException(path))];
}
