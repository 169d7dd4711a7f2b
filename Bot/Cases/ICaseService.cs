namespace RightsBot.Cases;

/// <summary>Registers, finds and moves cases (the seam tests use to make a store fail on purpose).</summary>
public interface ICaseService
{
    Task<SubmitResult> SubmitAsync(
        CaseDraft draft, CaseSource source, string? conversationKey, string submissionKey, string submittedBy,
        IEnumerable<string> conversationFlags, bool demo, CancellationToken ct);

    Task<LookupOutcome> LookupAsync(string number, string secret, string conversationKey, CancellationToken ct);

    Task<CaseRecord?> ChangeStatusAsync(
        string number, CaseStatus to, ReferralTarget? referredTo, string? reason, string? outcome, decimal? amountRecovered, string changedBy, CancellationToken ct);

    Task<int> ErasePersonalDataAsync(string conversationKey, CancellationToken ct);
}
