using RightsBot.Cases.Regions;
using RightsBot.Cases.Validation;
using RightsBot.Dialogs.Forms;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;
using RightsBot.Privacy;

namespace RightsBot.Dialogs.Flows;

/// <summary>Fields the case forms share: the place (normalised to province and city) and the mobile number (encrypted).</summary>
internal static class CaseFormFields
{
    /// <summary>The place: kept as typed, plus province, city and district where recognised.</summary>
    public static FormField<T> Location<T>(
        string promptId, string label, Func<T, string?> typed, Func<T, string?> province, Func<T, string?> city, Func<T, string?> district,
        Func<T, string?, RegionMatch?, T> set, bool showDistrict)
        where T : class, new() => new()
    {
        Name = "location",
        Label = label,
        PromptId = promptId,
        Options = _ => new PromptOptions { Prompt = BotText.ReportAskLocation },
        IsAnswered = s => typed(s) is not null,
        Apply = (s, r, dc) =>
        {
            var text = (r as string ?? string.Empty).Trim();
            return set(s, text, dc.Turn.Services.GetRequiredService<RegionCatalog>().Normalize(text));
        },
        Clear = s => set(s, null, null),
        Skip = s => set(s, WageReportState.Skipped, null),
        Display = (s, _) => province(s) is not { } p
            ? typed(s)
            : $"{p}{(city(s) == p ? string.Empty : city(s))}{(showDistrict ? district(s) : null)}",
    };

    /// <summary>The mobile number: validated, stored encrypted, shown and kept in the transcript masked.</summary>
    public static FormField<T> Phone<T>(string promptId, Func<T, string?> masked, Func<T, string?, string?, T> set, Func<T, bool>? applies = null)
        where T : class, new() => new()
    {
        Name = "phone",
        Label = "手机号",
        PromptId = promptId,
        Applies = applies ?? (static _ => true),
        Options = _ => new PromptOptions { Prompt = BotText.ReportAskPhone, Sensitive = true },
        IsAnswered = s => masked(s) is not null,
        Apply = (s, r, dc) =>
        {
            MobileNumber.TryNormalize(r as string, out var phone);
            var mask = MobileNumber.Mask(phone);
            dc.Turn.InboundRedaction = mask;
            return set(s, dc.Turn.Services.GetRequiredService<PersonalDataProtector>().Protect(phone), mask);
        },
        Clear = s => set(s, null, null),
        Skip = s => set(s, null, WageReportState.Skipped),
        Display = (s, _) => masked(s),
    };
}
