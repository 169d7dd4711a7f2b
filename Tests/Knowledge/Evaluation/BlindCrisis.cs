using System.Text.Json.Serialization;

namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// The crisis label of a message: the danger, the number the worker must be given first (null in the old internal set,
/// which did not label it), and whether a question in the same message should still be answered.
/// </summary>
public sealed record BlindCrisis(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("first_number")] string? FirstNumber,
    [property: JsonPropertyName("question")] bool Question);
