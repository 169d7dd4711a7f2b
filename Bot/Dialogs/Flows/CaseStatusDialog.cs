using System.Text.RegularExpressions;
using RightsBot.Cases;
using RightsBot.Cases.Validation;
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

    /// <summary>Accepts "QX-2026-000123", "qx2026000123", "KN-2026-000045" and spaced forms, and returns the canonical form.</summary>
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
            return step.PromptAsync(SecretPromptId, new PromptOptions { Prompt = BotText.StatusAskPhone, Sensitive = true }, ct);
        };
        yield return static async (step, ct) =>
        {
            var secret = step.ResultAs<string>() ?? string.Empty;
            var normalized = MobileNumber.TryNormalize(secret, out var phone) ? phone : CaseService.NormalizeAccessCode(secret);
            var turn = step.Context.Turn;
            turn.InboundRedaction = MobileNumber.TryNormalize(secret, out var p) ? MobileNumber.Mask(p) : "（查询码）";
            var cases = turn.Services.GetRequiredService<ICaseService>();
            var outcome = await cases.LookupAsync(step.State.CaseNumber ?? string.Empty, normalized, turn.ConversationKey, ct);
            turn.SendText(outcome switch
            {
                { TooManyAttempts: true } => BotText.StatusTooManyTries,
                { Case: { } found } => Describe(found),
                _ => BotText.StatusNotFound,
            });
            return await step.EndAsync(null, ct);
        };
    }

    /// <summary>The case's status in plain words, with its history.</summary>
    public static string Describe(CaseStatusView view)
    {
        var text = new System.Text.StringBuilder()
            .Append(CaseWording.Type(view.Type)).Append(' ').Append(view.Number).Append('：').Append(CaseWording.Status(view.Status)).Append('。')
            .Append(CaseWording.Explain(view.Status, view.ReferredTo));
        if (view.Status == CaseStatus.Closed && view.AmountRecovered is { } amount)
        {
            text.Append("追回金额：").Append(amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append(" 元。");
        }

        if (!string.IsNullOrWhiteSpace(view.Outcome))
        {
            text.Append("结果：").Append(view.Outcome).Append('。');
        }

        text.Append("\n办理经过：");
        foreach (var (status, at) in view.History)
        {
            var local = at.ToOffset(TimeSpan.FromHours(8));
            text.Append('\n').Append(local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(CaseWording.Status(status));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^(qx|kn)(\d{4})(\d{6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberPattern();
}
