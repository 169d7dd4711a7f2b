using RightsBot.Cases;
using RightsBot.Cases.Validation;
using RightsBot.Dialogs.Forms;
using RightsBot.Dialogs.Prompts;
using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;
using RightsBot.Privacy;

namespace RightsBot.Dialogs.Flows;

/// <summary>
/// 反映欠薪: privacy notice and consent first, then the report field by field (every answer checked, a kind re-prompt
/// when it is not understood), a summary with a button per field to correct it, and 确认提交. The case number is
/// given only after the case is committed.
/// </summary>
public sealed partial class WageReportDialog(ICaseSubmitter submitter) : FormDialog<WageReportState>(DialogId)
{
    public const string DialogId = "wage-report";
    public const string Construction = "建筑业";
    private const string P = DialogId + ".";

    public static IReadOnlyList<string> EvidenceOptions { get; } = ["劳动合同", "考勤记录", "工资条", "欠条/结算单", "聊天记录", "转账记录", "工友证人", "照片"];

    public static IReadOnlyList<string> ComplainedOptions { get; } = ["还没有", "人社局/劳动监察", "12345/12333热线", "劳动仲裁", "法院", "工会", "其他"];

    public static IReadOnlyList<string> WantsOptions { get; } = ["帮我要回工资", "想找律师咨询", "先登记备案"];

    /// <summary>The prompts the form's fields use, to register with the other dialogs.</summary>
    public static IEnumerable<Dialog> Prompts() =>
    [
        new ChoicePrompt(P + "consent"),
        new TextPrompt(P + "name", CaseFieldValidators.Name),
        new ChoicePrompt(P + "contact"),
        new TextPrompt(P + "phone", CaseFieldValidators.Phone),
        new ChoicePrompt(P + "id-consent"),
        new TextPrompt(P + "id", CaseFieldValidators.IdNumber),
        new TextPrompt(P + "text", CaseFieldValidators.ShortText),
        new DatePrompt(P + "from", CaseFieldValidators.StartDate),
        new TextPrompt(P + "to", CaseFieldValidators.EndDate),
        new TextPrompt(P + "amount", CaseFieldValidators.Amount),
        new NumberPrompt(P + "workers", CaseFieldValidators.Workers),
        new MultiChoicePrompt(P + "evidence"),
        new ChoicePrompt(P + "complained"),
        new AttachmentPrompt(P + "attachments"),
    ];

    protected override string SummaryHeading => BotText.ReportSummary;

    protected override string? AbandonMessage(WageReportState state) => state.Consent == "decline" ? BotText.ReportDeclined : null;

    protected override bool IsPrefilled(WageReportState state, string fieldName) => state.Prefilled?.Contains(fieldName) == true;

    protected override string? SummaryNote(WageReportState state) => state.Prefilled is { Count: > 0 } ? BotText.ReportPrefilledNote : null;

    /// <summary>Once the worker consented, fields found in their earlier story are filled in (each checked as if typed).</summary>
    protected override async Task<WageReportState> AfterAnswerAsync(DialogContext dc, FormField<WageReportState> field, WageReportState state, CancellationToken ct)
    {
        if (field.Name != "consent" || state.Consent is not ("agree" or "anonymous") || state.Story is not { } story)
        {
            return state;
        }

        var services = dc.Turn.Services;
        var prefill = await services.GetRequiredService<RightsBot.Model.IAnswerPhraser>().ExtractReportAsync(story, ct);
        state = state with { Story = null };
        return prefill is null ? state : ApplyPrefill(state, prefill, dc.Turn.TodayInChina, services.GetRequiredService<RightsBot.Cases.Regions.RegionCatalog>());
    }

    /// <summary>Takes each found value only if it passes the same checks as a typed answer.</summary>
    public static WageReportState ApplyPrefill(WageReportState state, RightsBot.Model.ReportPrefill p, DateOnly today, RightsBot.Cases.Regions.RegionCatalog regions)
    {
        var filled = new List<string>();
        static bool Short(string? v) => v is { Length: > 0 and <= CaseFieldValidators.MaxShortText };
        if (Short(p.Employer))
        {
            state = state with { Employer = p.Employer };
            filled.Add("employer");
        }

        if (IndustryCatalog.Normalize(p.Industry) is { } industry && industry != "其他")
        {
            state = state with { Industry = industry };
            filled.Add("industry");
        }

        if (Short(p.ProjectName) && state.Industry == Construction)
        {
            state = state with { ProjectName = p.ProjectName };
            filled.Add("project");
        }

        if (Short(p.Location) && regions.Normalize(p.Location) is { } place)
        {
            state = state with { Location = p.Location, Province = place.Province, City = place.City, District = place.District };
            filled.Add("location");
        }

        if (Short(p.Job))
        {
            state = state with { Job = p.Job };
            filled.Add("job");
        }

        if (p.Amount is { } amount && AmountRecognizer.TryRecognize(amount, out var range) && range.Low > 0 && range.High <= CaseFieldValidators.MaxAmount)
        {
            state = state with { AmountAnswered = true, AmountLow = range.Low, AmountHigh = range.High };
            filled.Add("amount");
        }

        if (p.Workers is >= 1 and <= CaseFieldValidators.MaxWorkers)
        {
            state = state with { WorkersAnswered = true, Workers = p.Workers };
            filled.Add("workers");
        }

        if (p.WorkedFrom is { } from && ChineseDateRecognizer.TryRecognize(from, today, out var start) && start.Date <= today)
        {
            state = state with { WorkedFromAnswered = true, WorkedFrom = start.Date };
            filled.Add("from");
        }

        if (p.WorkedTo is { } to)
        {
            if (CaseFieldValidators.IsStillWorking(to))
            {
                state = state with { WorkedToAnswered = true, StillWorking = true };
                filled.Add("to");
            }
            else if (ChineseDateRecognizer.TryRecognize(to, today, out var end) && end.Date <= today)
            {
                state = state with { WorkedToAnswered = true, WorkedTo = end.Date };
                filled.Add("to");
            }
        }

        return state with { Prefilled = filled };
    }

    protected override IReadOnlyList<FormField<WageReportState>> Fields { get; } =
    [
        new()
        {
            Name = "consent", Label = "同意", PromptId = P + "consent", Correctable = false,
            Options = _ => new PromptOptions { Prompt = BotText.ReportPrivacyNotice, Choices = [BotText.ReportAgree, BotText.ReportAnonymous, BotText.ReportDecline] },
            IsAnswered = s => s.Consent is not null,
            Apply = (s, r, _) => (r as FoundChoice)?.Index switch
            {
                0 => s with { Consent = "agree" },
                1 => s with { Consent = "anonymous", Anonymous = true, NameAnswered = true },
                _ => s with { Consent = "decline" },
            },
            Clear = s => s with { Consent = null },
            Skip = s => s with { Consent = "decline" },
            Display = (_, _) => null,
        },
        new()
        {
            Name = "name", Label = "称呼", PromptId = P + "name",
            Applies = s => !s.Anonymous || !s.NameAnswered,
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskName, Choices = [BotText.ReportNoName], Sensitive = true },
            IsAnswered = s => s.NameAnswered,
            Apply = (s, r, dc) =>
            {
                if (r is not string name || name.Trim() == BotText.ReportNoName)
                {
                    return s with { NameAnswered = true, Anonymous = true, NameProtected = null };
                }

                dc.Turn.InboundRedaction = MaskName(name.Trim());
                return s with { NameProtected = Protector(dc).Protect(name.Trim()), NameAnswered = true, Anonymous = false };
            },
            Clear = s => s with { NameAnswered = false, NameProtected = null, Anonymous = false, ContactMode = null },
            Skip = s => s with { NameAnswered = true, Anonymous = true },
            Display = (s, dc) => s.Anonymous ? BotText.ReportAnonymousName : MaskName(Protector(dc).Unprotect(s.NameProtected)),
        },
        new()
        {
            Name = "contact", Label = "联系方式", PromptId = P + "contact",
            Applies = s => s.Anonymous,
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskContact, Choices = [BotText.ReportContactPhone, BotText.ReportContactNone] },
            IsAnswered = s => s.ContactMode is not null,
            Apply = (s, r, _) => s with { ContactMode = (r as FoundChoice)?.Index == 0 ? "phone" : "none" },
            Clear = s => s with { ContactMode = null, PhoneProtected = null, PhoneMasked = null },
            Skip = s => s with { ContactMode = "none" },
            Display = (s, _) => s.ContactMode == "none" ? BotText.ReportNoContact : null,
        },
        CaseFormFields.Phone<WageReportState>(
            P + "phone", s => s.PhoneMasked, (s, p, m) => s with { PhoneProtected = p, PhoneMasked = m }, s => !s.Anonymous || s.ContactMode == "phone"),
        new()
        {
            Name = "id-consent", Label = "身份证号", PromptId = P + "id-consent",
            Applies = s => !s.Anonymous,
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskIdConsent, Choices = [BotText.ReportIdYes, BotText.ReportIdNo] },
            IsAnswered = s => s.IdConsent is not null,
            Apply = (s, r, _) => s with { IdConsent = (r as FoundChoice)?.Index == 0 ? "yes" : "no" },
            Clear = s => s with { IdConsent = null, IdProtected = null, IdMasked = null },
            Skip = s => s with { IdConsent = "no" },
            Display = (s, _) => s.IdConsent == "no" ? BotText.ReportIdNotGiven : s.IdMasked,
        },
        new()
        {
            Name = "id", Label = "身份证", PromptId = P + "id", Correctable = false,
            Applies = s => s.IdConsent == "yes",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskId, Sensitive = true },
            IsAnswered = s => s.IdMasked is not null,
            Apply = (s, r, dc) =>
            {
                ChineseIdNumber.Check(r as string, dc.Turn.TodayInChina, out var id);
                var masked = ChineseIdNumber.Mask(id);
                dc.Turn.InboundRedaction = masked;
                return s with { IdProtected = Protector(dc).Protect(id), IdMasked = masked };
            },
            Clear = s => s with { IdProtected = null, IdMasked = null },
            Skip = s => s with { IdConsent = "no" },
            Display = (_, _) => null,
        },
        Text("employer", "老板/公司", BotText.ReportAskEmployer, s => s.Employer, (s, v) => s with { Employer = v }),
        new()
        {
            Name = "industry", Label = "行业", PromptId = P + "text",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskIndustry, Choices = IndustryCatalog.All },
            IsAnswered = s => s.Industry is not null,
            Apply = (s, r, _) => s with { Industry = IndustryCatalog.Normalize(r as string) ?? "其他" },
            Clear = s => s with { Industry = null },
            Skip = s => s with { Industry = "其他" },
            Display = (s, _) => s.Industry,
        },
        Text("project", "工地/项目", BotText.ReportAskProject, s => s.ProjectName, (s, v) => s with { ProjectName = v }, IsConstruction, unknownButton: true),
        Text("contractor", "总包公司", BotText.ReportAskContractor, s => s.GeneralContractor, (s, v) => s with { GeneralContractor = v }, IsConstruction, unknownButton: true),
        Text("foreman", "包工头", BotText.ReportAskForeman, s => s.Foreman, (s, v) => s with { Foreman = v }, IsConstruction, unknownButton: true),
        CaseFormFields.Location<WageReportState>(
            P + "text", "干活地点", s => s.Location, s => s.Province, s => s.City, s => s.District,
            (s, text, m) => s with { Location = text, Province = m?.Province, City = m?.City, District = m?.District }, showDistrict: true),
        Text("job", "工种", BotText.ReportAskJob, s => s.Job, (s, v) => s with { Job = v }),
        new()
        {
            Name = "from", Label = "开始干活", PromptId = P + "from",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskFrom },
            IsAnswered = s => s.WorkedFromAnswered,
            Apply = (s, r, _) => s with { WorkedFromAnswered = true, WorkedFrom = (r as RecognizedDate)?.Date },
            Clear = s => s with { WorkedFromAnswered = false, WorkedFrom = null },
            Skip = s => s with { WorkedFromAnswered = true },
            Display = (s, _) => s.WorkedFrom is { } d ? $"{d.Year}年{d.Month}月" : WageReportState.Skipped,
        },
        new()
        {
            Name = "to", Label = "干到", PromptId = P + "to",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskTo, Choices = [BotText.ReportStillWorking] },
            IsAnswered = s => s.WorkedToAnswered,
            Apply = (s, r, dc) =>
            {
                var text = r as string ?? string.Empty;
                if (CaseFieldValidators.IsStillWorking(text))
                {
                    return s with { WorkedToAnswered = true, StillWorking = true, WorkedTo = null };
                }

                ChineseDateRecognizer.TryRecognize(text, dc.Turn.TodayInChina, out var date);
                return s with { WorkedToAnswered = true, StillWorking = false, WorkedTo = date?.Date };
            },
            Clear = s => s with { WorkedToAnswered = false, WorkedTo = null, StillWorking = false },
            Skip = s => s with { WorkedToAnswered = true },
            Display = (s, _) => s.StillWorking ? BotText.ReportStillWorking : s.WorkedTo is { } d ? $"{d.Year}年{d.Month}月" : WageReportState.Skipped,
        },
        new()
        {
            Name = "amount", Label = "被欠金额", PromptId = P + "amount",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskAmount },
            IsAnswered = s => s.AmountAnswered,
            Apply = (s, r, _) => AmountRecognizer.TryRecognize(r as string ?? string.Empty, out var range)
                ? s with { AmountAnswered = true, AmountLow = range.Low, AmountHigh = range.High }
                : s with { AmountAnswered = true },
            Clear = s => s with { AmountAnswered = false, AmountLow = null, AmountHigh = null },
            Skip = s => s with { AmountAnswered = true },
            Display = (s, _) => s.AmountLow is { } low ? (s.AmountHigh is { } high && high != low ? $"{low:0.##}–{high:0.##} 元" : $"{low:0.##} 元") : WageReportState.Skipped,
        },
        new()
        {
            Name = "workers", Label = "被欠人数", PromptId = P + "workers",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskWorkers, Choices = ["1"], RetryPrompt = BotText.ReportRetryWorkers },
            IsAnswered = s => s.WorkersAnswered,
            Apply = (s, r, _) => s with { WorkersAnswered = true, Workers = r is decimal d ? (int)d : null },
            Clear = s => s with { WorkersAnswered = false, Workers = null },
            Skip = s => s with { WorkersAnswered = true },
            Display = (s, _) => s.Workers is { } n ? $"{n} 人" : WageReportState.Skipped,
        },
        new()
        {
            Name = "evidence", Label = "手里的证据", PromptId = P + "evidence",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskEvidence, Choices = EvidenceOptions },
            IsAnswered = s => s.Evidence is not null,
            Apply = (s, r, _) => s with { Evidence = [.. (r as IReadOnlyList<string>) ?? []] },
            Clear = s => s with { Evidence = null },
            Skip = s => s with { Evidence = [] },
            Display = (s, _) => s.Evidence is { Count: > 0 } e ? string.Join("、", e) : BotText.ReportNone,
        },
        new()
        {
            Name = "complained", Label = "已经找过", PromptId = P + "complained",
            Options = _ => new PromptOptions { Prompt = BotText.ReportAskComplained, Choices = ComplainedOptions },
            IsAnswered = s => s.ComplainedTo is not null,
            Apply = (s, r, _) => s with { ComplainedTo = (r as FoundChoice)?.Value ?? "其他" },
            Clear = s => s with { ComplainedTo = null },
            Skip = s => s with { ComplainedTo = WageReportState.Skipped },
            Display = (s, _) => s.ComplainedTo,
        },
        Text("wants", "希望", BotText.ReportAskWants, s => s.Wants, (s, v) => s with { Wants = v }, choices: WantsOptions),
        new()
        {
            Name = "attachments", Label = "照片和文件", PromptId = P + "attachments",
            Options = _ => new PromptOptions { Prompt = BotText.AttachmentsAsk },
            IsAnswered = s => s.Attachments is not null,
            Apply = (s, r, _) => s with { Attachments = [.. (r as IReadOnlyList<string>) ?? []] },
            Clear = s => s with { Attachments = null },
            Skip = s => s with { Attachments = [] },
            Display = (s, _) => s.Attachments is { Count: > 0 } a ? $"{a.Count} 个" : BotText.ReportNone,
        },
    ];

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, WageReportState state, CancellationToken ct)
    {
        var protector = Protector(dc);
        var draft = new CaseDraft
        {
            Type = CaseType.WageArrears,
            Anonymous = state.Anonymous,
            Name = state.Anonymous ? null : protector.Unprotect(state.NameProtected),
            Phone = protector.Unprotect(state.PhoneProtected),
            IdNumber = protector.Unprotect(state.IdProtected),
            Employer = Known(state.Employer),
            ProjectName = Known(state.ProjectName),
            GeneralContractor = Known(state.GeneralContractor),
            Foreman = Known(state.Foreman),
            Province = state.Province,
            City = state.City,
            District = state.Province is null ? Known(state.Location) : state.District,
            Industry = state.Industry,
            Job = Known(state.Job),
            WorkedFrom = state.WorkedFrom,
            WorkedTo = state.WorkedTo,
            StillWorking = state.StillWorking,
            AmountOwedLow = state.AmountLow,
            AmountOwedHigh = state.AmountHigh,
            WorkersAffected = state.Workers,
            Evidence = state.Evidence ?? [],
            ComplainedTo = Known(state.ComplainedTo),
            Wants = Known(state.Wants),
            AttachmentIds = state.Attachments ?? [],
        };
        return await submitter.SubmitAsync(dc, draft, state.SubmissionKey, ct);
    }

    private static bool IsConstruction(WageReportState s) => s.Industry == Construction;

    private static string? Known(string? value) =>
        value is null || value == WageReportState.Skipped || value == BotText.ReportUnknown ? null : value;

    private static PersonalDataProtector Protector(DialogContext dc) => dc.Turn.Services.GetRequiredService<PersonalDataProtector>();

    internal static string MaskName(string? name) => string.IsNullOrEmpty(name) ? WageReportState.Skipped : Model.SensitiveDataMasker.MaskName(name);

    private static FormField<WageReportState> Text(
        string name, string label, string prompt, Func<WageReportState, string?> get, Func<WageReportState, string?, WageReportState> set,
        Func<WageReportState, bool>? applies = null, bool unknownButton = false, IReadOnlyList<string>? choices = null) => new()
    {
        Name = name,
        Label = label,
        PromptId = P + "text",
        Applies = applies ?? (static _ => true),
        Options = _ => new PromptOptions { Prompt = prompt, Choices = unknownButton ? [BotText.ReportUnknown] : choices },
        IsAnswered = s => get(s) is not null,
        Apply = (s, r, _) => set(s, (r as string ?? string.Empty).Trim()),
        Clear = s => set(s, null),
        Skip = s => set(s, WageReportState.Skipped),
        Display = (s, _) => get(s),
    };
}
