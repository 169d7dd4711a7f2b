using Microsoft.Extensions.DependencyInjection.Extensions;
using RightsBot.Cases.Regions;
using RightsBot.Cases.Triage;

namespace RightsBot.Cases;

/// <summary>Wires cases: triage rules, the case service, notifications, regions and the staff case API.</summary>
public static class CasesRegistration
{
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<CaseApiOptions>().BindConfiguration(CaseApiOptions.SectionName);
        builder.Services.AddSingleton<TriageRules>();
        builder.Services.AddSingleton<CaseNotifier>();
        builder.Services.AddSingleton<RegionCatalog>();
        builder.Services.TryAddScoped<ICaseService, CaseService>();
        return builder;
    }
}
