using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Hosting;
using RightsBot.Knowledge.Safety;

namespace RightsBot.Turns;

/// <summary>
/// One turn: the worker's activity, the conversation's dialog stack, and the replies to send. Replies are buffered
/// and released only after the turn (state and replies together) is committed to the database.
/// </summary>
public sealed class TurnContext
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly List<Activity> _replies = [];

    public TurnContext(Activity activity, string conversationKey, DialogState dialogState, DateTimeOffset now, IServiceProvider services, BotMetrics metrics)
    {
        Activity = activity;
        ConversationKey = conversationKey;
        DialogState = dialogState;
        Now = now;
        Services = services;
        Metrics = metrics;
    }

    public Activity Activity { get; }
    public string ConversationKey { get; }
    public DialogState DialogState { get; private set; }
    public DateTimeOffset Now { get; }
    public IServiceProvider Services { get; }
    public BotMetrics Metrics { get; }

    /// <summary>Today's date in China (dates a worker types are relative to it).</summary>
    public DateOnly TodayInChina => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, ChinaTime).DateTime);

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>Reasons this turn should reach a person (crisis words, prompts that gave up, a request for a person).</summary>
    public List<string> EscalationReasons { get; } = [];

    /// <summary>
    /// Set when the worker's message was a sensitive answer (phone, ID number): the transcript keeps this masked text
    /// instead of what was typed.
    /// </summary>
    public string? InboundRedaction { get; set; }

    /// <summary>Set when the message spoke of danger; the crisis reply has already been sent.</summary>
    public CrisisAssessment? Crisis { get; set; }

    public void Send(Activity activity) => _replies.Add(activity);

    public void SendText(string text, IReadOnlyList<CardAction>? actions = null, string? inputHint = null) =>
        _replies.Add(Activity.BotMessage(text, actions, inputHint));

    /// <summary>Puts a message just before the last reply (so an open question, with its buttons, stays last).</summary>
    public void InsertBeforeLast(Activity activity) => _replies.Insert(Math.Max(0, _replies.Count - 1), activity);

    /// <summary>Drops buffered replies and the dialog stack (used by the error boundary).</summary>
    internal void Reset()
    {
        _replies.Clear();
        DialogState = new DialogState();
    }
}
