using RightsBot.Dialogs.Prompts;
using RightsBot.Turns;

namespace RightsBot.Dialogs.Flows;

/// <summary>Registers RightsBot's conversations: the root handler, its dialogs and their prompts.</summary>
public static class FlowsRegistration
{
    public static IHostApplicationBuilder AddFlows(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Dialog, AskDialog>();
        builder.Services.AddSingleton<Dialog>(new TextPrompt(AskDialog.QuestionPromptId));
        builder.Services.AddSingleton<Dialog, CaseStatusDialog>();
        builder.Services.AddSingleton<Dialog>(new TextPrompt(CaseStatusDialog.NumberPromptId, CaseStatusDialog.ValidateCaseNumber));
        builder.Services.AddSingleton<Dialog>(new TextPrompt(CaseStatusDialog.SecretPromptId));
        builder.Services.AddSingleton<ICaseSubmitter, CaseSubmitter>();
        builder.Services.AddSingleton<Dialog, WageReportDialog>();
        builder.Services.AddSingleton<Dialog, HardshipDialog>();
        builder.Services.AddSingleton<Dialog, EraseDataDialog>();
        builder.Services.AddSingleton<Dialog>(new ConfirmPrompt(EraseDataDialog.ConfirmPromptId));
        foreach (var prompt in WageReportDialog.Prompts().Concat(HardshipDialog.Prompts()))
        {
            builder.Services.AddSingleton(prompt);
        }

        builder.Services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));
        builder.Services.AddScoped<ITurnHandler, RootHandler>();
        return builder;
    }
}
