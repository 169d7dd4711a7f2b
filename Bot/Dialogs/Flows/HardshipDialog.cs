using RightsBot.Cases;
using RightsBot.Dialogs.Forms;
using RightsBot.Dialogs.Prompts;
using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;
using RightsBot.Privacy;

namespace RightsBot.Dialogs.Flows;

/// <summary>
/// 困难帮扶申请 (from the seed documents' hardship files): reason, household size and income, city and contact; its
/// own case type, routed to union staff. Consent first; whether a worker qualifies is decided by the local union.
/// </summary>
public sealed class HardshipDialog(ICaseSubmitter submitter) : FormDialog<HardshipState>(DialogId)
{
    public const string DialogId = "hardship";
    private const string P = DialogId + ".";

    public static IReadOnlyList<string> Reasons { get; } = ["生病", "受伤", "受灾", "失业", "孩子上学", "被欠工资", "其他"];

    public static IEnumerable<Dialog> Prompts() =>
    [
        new ChoicePrompt(P + "choice"),
        new NumberPrompt(P + "household", static (c, _) => Task.FromResult(c.Value is >= 1 and <= 30 && c.Value == decimal.Truncate(c.Value)
            ? PromptValidation.Valid : PromptValidation.Retry(BotText.HardshipRetryHousehold))),
        new TextPrompt(P + "income", static (c, _) => Task.FromResult(ParseIncome(c.Value) is not null ? PromptValidation.Valid : PromptValidation.Retry(BotText.HardshipRetryIncome))),
        new TextPrompt(P + "text", CaseFieldValidators.ShortText),
        new TextPrompt(P + "name", CaseFieldValidators.Name),
        new TextPrompt(P + "phone", CaseFieldValidators.Phone),
    ];

    public static bool IsRequest(string? text)
    {
        var said = ChineseText.Normalize(text);
        return said.Length <= 12 && (said.Contains("困难帮扶", StringComparison.Ordinal) || said.Contains("申请帮扶", StringComparison.Ordinal)
            || said is "帮扶" or "困难补助" or "申请补助");
    }

    protected override string SummaryHeading => BotText.HardshipSummary;

    protected override string SubmitLabel => BotText.FormSubmit;

    protected override string? AbandonMessage(HardshipState state) => state.Consent == "decline" ? BotText.ReportDeclined : null;

    protected override IReadOnlyList<FormField<HardshipState>> Fields { get; } =
    [
        new()
        {
            Name = "consent", Label = "同意", PromptId = P + "choice", Correctable = false,
            Options = _ => new PromptOptions { Prompt = BotText.HardshipNotice + "\n" + BotText.ReportPrivacyNotice, Choices = [BotText.ReportAgree, BotText.ReportDecline] },
            IsAnswered = s => s.Consent is not null,
            Apply = (s, r, _) => s with { Consent = (r as FoundChoice)?.Index == 0 ? "agree" : "decline" },
            Clear = s => s with { Consent = null },
            Skip = s => s with { Consent = "decline" },
            Display = (_, _) => null,
        },
        new()
        {
            Name = "reason", Label = "困难原因", PromptId = P + "choice",
            Options = _ => new PromptOptions { Prompt = BotText.HardshipAskReason, Choices = Reasons },
            IsAnswered = s => s.Reason is not null,
            Apply = (s, r, _) => s with { Reason = (r as FoundChoice)?.Value ?? "其他" },
            Clear = s => s with { Reason = null },
            Skip = s => s with { Reason = "其他" },
            Display = (s, _) => s.Reason,
        },
        new()
        {
            Name = "household", Label = "家庭人口", PromptId = P + "household",
            Options = _ => new PromptOptions { Prompt = BotText.HardshipAskHousehold, RetryPrompt = BotText.HardshipRetryHousehold },
            IsAnswered = s => s.HouseholdAnswered,
            Apply = (s, r, _) => s with { HouseholdAnswered = true, Household = r is decimal d ? (int)d : null },
            Clear = s => s with { HouseholdAnswered = false, Household = null },
            Skip = s => s with { HouseholdAnswered = true },
            Display = (s, _) => s.Household is { } n ? $"{n} 人" : WageReportState.Skipped,
        },
        new()
        {
            Name = "income", Label = "月收入", PromptId = P + "income",
            Options = _ => new PromptOptions { Prompt = BotText.HardshipAskIncome, Choices = ["0"], RetryPrompt = BotText.HardshipRetryIncome },
            IsAnswered = s => s.IncomeAnswered,
            Apply = (s, r, _) => s with { IncomeAnswered = true, Income = ParseIncome(r as string ?? string.Empty) },
            Clear = s => s with { IncomeAnswered = false, Income = null },
            Skip = s => s with { IncomeAnswered = true },
            Display = (s, _) => s.Income is { } i ? $"{i:0.##} 元" : WageReportState.Skipped,
        },
        CaseFormFields.Location<HardshipState>(
            P + "text", "所在城市", s => s.Location, s => s.Province, s => s.City, s => s.District,
            (s, text, m) => s with { Location = text, Province = m?.Province, City = m?.City, District = m?.District }, showDistrict: false),
        new()
        {
            Name = "name", Label = "称呼", PromptId = P + "name",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskName, Sensitive = true },
            IsAnswered = s => s.NameAnswered,
            Apply = (s, r, dc) =>
            {
                dc.Turn.InboundRedaction = WageReportDialog.MaskName((r as string)?.Trim());
                return s with { NameAnswered = true, NameProtected = dc.Turn.Services.GetRequiredService<PersonalDataProtector>().Protect((r as string)?.Trim()) };
            },
            Clear = s => s with { NameAnswered = false, NameProtected = null },
            Skip = s => s with { NameAnswered = true },
            Display = (s, dc) => WageReportDialog.MaskName(dc.Turn.Services.GetRequiredService<PersonalDataProtector>().Unprotect(s.NameProtected)),
        },
        CaseFormFields.Phone<HardshipState>(P + "phone", s => s.PhoneMasked, (s, p, m) => s with { PhoneProtected = p, PhoneMasked = m }),
    ];

    protected override Task<DialogTurnResult> SubmitAsync(DialogContext dc, HardshipState state, CancellationToken ct)
    {
        var protector = dc.Turn.Services.GetRequiredService<PersonalDataProtector>();
        var draft = new CaseDraft
        {
            Type = CaseType.Hardship,
            Name = protector.Unprotect(state.NameProtected),
            Phone = protector.Unprotect(state.PhoneProtected),
            HardshipReason = state.Reason,
            HouseholdSize = state.Household,
            MonthlyIncome = state.Income,
            Province = state.Province,
            City = state.City,
            District = state.Province is null && state.Location != WageReportState.Skipped ? state.Location : state.District,
        };
        return submitter.SubmitAsync(dc, draft, state.SubmissionKey, ct);
    }

    private static decimal? ParseIncome(string text)
    {
        var said = ChineseText.Normalize(text);
        if (said is "0" or "零" or "没有" or "没收入" or "没有收入")
        {
            return 0m;
        }

        return ChineseNumberRecognizer.TryRecognize(text, out var value) && value >= 0 && value <= 10_000_000m ? value : null;
    }
}
