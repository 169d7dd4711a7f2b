using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and waits for an answer it can understand: recognises, validates, asks again kindly, and after
/// <see cref="PromptOptions.MaxAttempts"/> failed answers ends with <see cref="GaveUp"/> so the flow can offer a person.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator) : Dialog(id)
{
    private const string OptionsKey = SensitiveAnswer.OptionsKey;
    private const string AttemptsKey = "attempts";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, PromptJsonContext.Default.PromptOptions);
        instance.State[AttemptsKey] = 0;
        SendPrompt(dc, promptOptions, promptOptions.Prompt);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct)
    {
        if (!string.Equals(dc.Turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var attempts = instance.State[AttemptsKey]?.GetValue<int>() ?? 0;
        var recognized = Recognize(dc, options);

        string? retryMessage = null;
        if (recognized.Succeeded)
        {
            var verdict = validator is null
                ? PromptValidation.Valid
                : await validator(new PromptValidatorContext<T>(dc.Turn, recognized.Value!, options, attempts + 1), ct);
            if (verdict.IsValid)
            {
                return await dc.EndDialogAsync(recognized.Value, ct);
            }

            retryMessage = verdict.RetryMessage;
        }

        attempts++;
        instance.State[AttemptsKey] = attempts;
        dc.Turn.Metrics.PromptRetry();
        if (attempts >= Math.Max(1, options.MaxAttempts))
        {
            return await dc.EndDialogAsync(new GaveUp(Id), ct);
        }

        SendPrompt(dc, options, retryMessage ?? options.RetryPrompt ?? DefaultRetry(options));
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken ct)
    {
        var options = ReadOptions(dc.ActiveDialog!);
        SendPrompt(dc, options, options.Prompt);
        return Task.CompletedTask;
    }

    /// <summary>Turns the worker's message into a value.</summary>
    protected abstract PromptRecognition<T> Recognize(DialogContext dc, PromptOptions options);

    /// <summary>The kind re-prompt used when an answer was not understood and the flow gave none.</summary>
    protected virtual string DefaultRetry(PromptOptions options) => BotText.RetryGeneric + options.Prompt;

    /// <summary>The buttons shown with the question.</summary>
    protected virtual IReadOnlyList<CardAction>? Buttons(PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? [.. choices.Select(CardAction.ImBack)] : null;

    private void SendPrompt(DialogContext dc, PromptOptions options, string text) =>
        dc.Turn.SendText(text, Buttons(options), InputHints.ExpectingInput);

    private PromptOptions ReadOptions(DialogInstance instance) =>
        instance.State[OptionsKey]?.Deserialize(PromptJsonContext.Default.PromptOptions)
        ?? throw new InvalidOperationException($"Prompt '{Id}' lost its options.");
}
