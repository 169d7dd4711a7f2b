namespace RightsBot.Cases;

/// <summary>A registered case, the access code for an anonymous reporter without a phone, and linked cases.</summary>
public sealed record SubmitResult(CaseRecord Case, string? AccessCode, IReadOnlyList<string> LinkedNumbers);
