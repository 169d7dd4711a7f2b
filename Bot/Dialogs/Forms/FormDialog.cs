using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Dialogs.Prompts;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Forms;

/// <summary>
/// A form on the dialog stack: asks each applicable field that is not answered yet (through its own prompt), then
/// shows a summary with a button per field to correct it and a button to submit. Answers are kept in one typed
/// record; a field whose answers run out of attempts is marked skipped instead of losing the form.
/// </summary>
public abstract class FormDialog<TState> : Dialog
    where TState : class, new()
{
    private const string ValuesKey = "values";
    private const string CurrentKey = "current";
    private const string ReturnToSummaryKey = "returnToSummary";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected FormDialog(string id)
        : base(id)
    {
    }

    protected abstract IReadOnlyList<FormField<TState>> Fields { get; }

    /// <summary>Changes when the fields change, so a half-filled form of an older shape restarts politely.</summary>
    public override string Version => $"{Id}/{string.Join(',', Fields.Select(f => f.Name))}";

    /// <summary>The button that submits the form.</summary>
    protected virtual string SubmitLabel => BotText.FormSubmit;

    /// <summary>Registers the form (or, on failure, says so and keeps the form at the summary).</summary>
    protected abstract Task<DialogTurnResult> SubmitAsync(DialogContext dc, TState state, CancellationToken ct);

    /// <summary>The heading of the summary.</summary>
    protected abstract string SummaryHeading { get; }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        Save(dc.ActiveDialog!, options as TState ?? new TState());
        return NextAsync(dc, ct);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct)
    {
        if (!string.Equals(dc.Turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return DialogTurnResult.Waiting;
        }

        // Only the summary waits without a prompt on top.
        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        var said = ChineseText.Normalize(dc.Turn.Activity.Text);
        if (string.Equals(said, ChineseText.Normalize(SubmitLabel), StringComparison.Ordinal))
        {
            return await SubmitAsync(dc, state, ct);
        }

        var field = CorrectionTarget(said, state);
        if (field is not null)
        {
            Save(instance, field.Clear(state));
            instance.State[ReturnToSummaryKey] = true;
            return await AskAsync(dc, field, ct);
        }

        dc.Turn.SendText(BotText.FormSummaryRetry);
        await ShowSummaryAsync(dc, state);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        var field = Fields.FirstOrDefault(f => string.Equals(f.Name, instance.State[CurrentKey]?.GetValue<string>(), StringComparison.Ordinal));
        if (field is not null)
        {
            if (result is GaveUp)
            {
                dc.Turn.EscalationReasons.Add("prompt-gave-up");
                dc.Turn.SendText(BotText.FormFieldSkipped);
                state = field.Skip(state);
            }
            else
            {
                state = field.Apply(state, result, dc);
            }

            state = await AfterAnswerAsync(dc, field, state, ct);
            Save(instance, state);
        }

        if (instance.State[ReturnToSummaryKey]?.GetValue<bool>() == true && field is not null && field.IsAnswered(state))
        {
            // A correction may make a new field apply (e.g. the industry changed to construction).
            if (NextField(state) is null)
            {
                instance.State[ReturnToSummaryKey] = false;
                await ShowSummaryAsync(dc, state);
                return DialogTurnResult.Waiting;
            }
        }

        return await NextAsync(dc, ct);
    }

    public override async Task RepromptAsync(DialogContext dc, CancellationToken ct) =>
        await ShowSummaryAsync(dc, Load(dc.ActiveDialog!));

    /// <summary>The current answers (for subclasses that finish or abandon the form).</summary>
    protected static TState Load(DialogInstance instance) =>
        instance.State[ValuesKey] is { } node ? node.Deserialize<TState>(Json) ?? new TState() : new TState();

    protected static void Save(DialogInstance instance, TState state) =>
        instance.State[ValuesKey] = JsonSerializer.SerializeToNode(state, Json);

    private FormField<TState>? NextField(TState state) => Fields.FirstOrDefault(f => f.Applies(state) && !f.IsAnswered(state));

    /// <summary>A hook after each answer (e.g. filling in fields from the worker's story once they consented).</summary>
    protected virtual Task<TState> AfterAnswerAsync(DialogContext dc, FormField<TState> field, TState state, CancellationToken ct) => Task.FromResult(state);

    /// <summary>Fields filled in for the worker rather than by them; the summary marks them for checking.</summary>
    protected virtual bool IsPrefilled(TState state, string fieldName) => false;

    /// <summary>A line under the summary heading (e.g. explaining the marks of pre-filled fields).</summary>
    protected virtual string? SummaryNote(TState state) => null;

    /// <summary>When it returns a message, the form ends there (e.g. the worker declined the privacy notice).</summary>
    protected virtual string? AbandonMessage(TState state) => null;

    private async Task<DialogTurnResult> NextAsync(DialogContext dc, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        if (AbandonMessage(state) is { } goodbye)
        {
            dc.Turn.SendText(goodbye);
            await dc.EndDialogAsync(null, ct);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        var next = NextField(state);
        if (next is not null)
        {
            return await AskAsync(dc, next, ct);
        }

        instance.State[ReturnToSummaryKey] = false;
        instance.State.Remove(CurrentKey);
        await ShowSummaryAsync(dc, state);
        return DialogTurnResult.Waiting;
    }

    private Task<DialogTurnResult> AskAsync(DialogContext dc, FormField<TState> field, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        instance.State[CurrentKey] = field.Name;
        return dc.BeginDialogAsync(field.PromptId, field.Options(Load(instance)), ct);
    }

    private Task ShowSummaryAsync(DialogContext dc, TState state)
    {
        var lines = Fields.Where(f => f.Applies(state))
            // A free-text answer echoed back is masked like the transcript (a phone typed at the employer question).
            .Select(f => (f.Label, Value: f.Display(state, dc) is { } shown ? Model.SensitiveDataMasker.MaskForTranscript(shown) : null, Marked: IsPrefilled(state, f.Name)))
            .Where(l => l.Value is not null)
            .Select(l => $"{l.Label}：{l.Value}{(l.Marked ? "＊" : string.Empty)}");
        var note = SummaryNote(state);
        var buttons = new List<CardAction> { CardAction.ImBack(SubmitLabel) };
        buttons.AddRange(Fields.Where(f => f.Correctable && f.Applies(state) && f.Display(state, dc) is not null).Select(f => CardAction.ImBack(BotText.FormCorrect + f.Label)));
        dc.Turn.SendText(SummaryHeading + (note is null ? string.Empty : "\n" + note) + "\n" + string.Join('\n', lines) + "\n\n" + BotText.FormSummaryHint, buttons, InputHints.ExpectingInput);
        return Task.CompletedTask;
    }

    private FormField<TState>? CorrectionTarget(string said, TState state)
    {
        var prefix = ChineseText.Normalize(BotText.FormCorrect);
        var target = said.StartsWith(prefix, StringComparison.Ordinal) ? said[prefix.Length..] : said.StartsWith('改') ? said[1..] : null;
        if (string.IsNullOrEmpty(target))
        {
            return null;
        }

        return Fields.FirstOrDefault(f => f.Correctable && f.Applies(state) && string.Equals(ChineseText.Normalize(f.Label), target, StringComparison.Ordinal));
    }
}
