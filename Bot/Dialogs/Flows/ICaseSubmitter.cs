using RightsBot.Cases;

namespace RightsBot.Dialogs.Flows;

/// <summary>Registers a form's case and tells the worker the outcome (number on success, a kind retry on failure).</summary>
public interface ICaseSubmitter
{
    Task<DialogTurnResult> SubmitAsync(DialogContext dc, CaseDraft draft, string submissionKey, CancellationToken ct);
}
