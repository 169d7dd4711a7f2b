namespace RightsBot.Cases.Regions;

/// <summary>A place recognised in a worker's words: province, city and the rest (district) as typed.</summary>
public sealed record RegionMatch(string Province, string? City, string? District, string Original);
