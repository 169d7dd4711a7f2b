using System.Text.RegularExpressions;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Flows;

/// <summary>
/// 查询案件进度: asks for the case number and the phone number (or access code) used when reporting. An unknown number
/// and a wrong combination get the same answer, so nothing can be learned by guessing.
/// </summary>
public sealed partial class CaseStatusDialog : WaterfallDialog<CaseStatusState>
{
    public const string DialogId = "case-status";
    public const string NumberPromptId = "case-status.number";
    public const string SecretPromptId = "case-status.secret";

    public CaseStatusDialog()
        : base(DialogId, Steps())
    {
    }

    /// <summary>Accepts "QX-2026-000123", "qx2026000123" and spaced forms, and returns the canonical form.</summary>
    public static string? NormalizeCaseNumber(string? text)
    {
        var match = CaseNumberPattern().Match(ChineseText.Normalize(text));
        return match.Success ? $"{match.Groups[1].Value.ToUpperInvariant()}-{match.Groups[2].Value}-{match.Groups[3].Value}" : null;
    }

    public static Task<PromptValidation> ValidateCaseNumber(PromptValidatorContext<string> context, CancellationToken ct) =>
        Task.FromResult(NormalizeCaseNumber(context.Value) is null ? PromptValidation.Retry(BotText.StatusRetryNumber) : PromptValidation.Valid);

    private static IEnumerable<WaterfallStep<CaseStatusState>> Steps()
    {
        yield return static (step, ct) => step.PromptAsync(NumberPromptId, new PromptOptions { Prompt = BotText.StatusAskNumber }, ct);
        yield return static (step, ct) =>
        {
            step.State = step.State with { CaseNumber = NormalizeCaseNumber(step.ResultAs<string>()) };
            return step.PromptAsync(SecretPromptId, new PromptOptions { Prompt = BotText.StatusAskPhone }, ct);
        };
        yield return static (step, ct) =>
        {
            // No case has been registered through this service yet (online intake arrives with the case work), so
            // every lookup answers as an unknown number does.
            step.Context.Turn.SendText(BotText.StatusNotFound);
            return step.EndAsync(null, ct);
        };
    }

    [GeneratedRegex(@"^(qx|kn|rx)(\d{4})(\d{6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberPattern();
}
