namespace RightsBot.Dialogs.Prompts;

/// <summary>Checks a recognised value; a static pure function in each flow.</summary>
public delegate Task<PromptValidation> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken ct);
