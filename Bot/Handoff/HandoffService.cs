using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RightsBot.Activities;
using RightsBot.Audit;
using RightsBot.Cases.Validation;
using RightsBot.Localization;
using RightsBot.Privacy;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Handoff;

/// <summary>
/// Requests for a person and everything staff do with them: queue, accept, assign, talk, note, return to the bot.
/// Staff actions take the conversation's lock, so a worker's message is handled wholly before or wholly after a
/// takeover. Methods marked "in a turn" run inside the turn pipeline, which already holds that lock.
/// </summary>
public sealed partial class HandoffService(
    BotDbContext db,
    HandoffQueue queue,
    QueueNotifier notifier,
    ConversationLocks locks,
    ConversationStore store,
    ProactiveMessages messages,
    ConversationSignals signals,
    TurnIngress ingress,
    AuditLog audit,
    PersonalDataProtector protector,
    ServiceHours hours,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    public const string ReleaseEventName = "handoff.release";
    private const int MaxTranscript = 5000;

    /// <summary>In a turn: queues the conversation for a person (or raises the severity of its waiting request).</summary>
    public async Task<HandoffRequestOutcome> RequestAsync(string conversationKey, IReadOnlyCollection<string> reasons, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var record = await db.Set<HandoffRecord>().FirstOrDefaultAsync(h => h.ConversationKey == conversationKey && h.Status != HandoffStatus.Closed, ct);
        var isNew = record is null;
        if (record is null)
        {
            var channel = await store.FindAsync(conversationKey, ct);
            record = new HandoffRecord
            {
                Ticket = NewTicket(),
                ConversationKey = conversationKey,
                ChannelId = channel?.ChannelId ?? "unknown",
                Status = HandoffStatus.Waiting,
                Reasons = string.Join(',', reasons.Distinct(StringComparer.Ordinal)),
                Severity = HandoffReasons.Severity(reasons),
                AfterHours = !hours.IsOpen(now),
                CreatedAt = now,
            };
            db.Add(record);
        }
        else
        {
            var merged = HandoffReasons.Split(record.Reasons).Concat(reasons).Distinct(StringComparer.Ordinal).ToList();
            record.Reasons = string.Join(',', merged);
            record.Severity = Math.Max(record.Severity, HandoffReasons.Severity(merged));
        }

        await db.SaveChangesAsync(ct);
        queue.Apply(record);
        var position = queue.PositionOf(conversationKey);
        notifier.Remember(conversationKey, position);
        if (isNew)
        {
            Log.Queued(logger, record.Ticket, record.Severity, record.AfterHours);
        }

        return new HandoffRequestOutcome(record.Ticket, isNew, record.AfterHours, position, ExpectedMinutes(position));
    }

    /// <summary>In a turn: the worker no longer wants to wait.</summary>
    public async Task<bool> CancelByWorkerAsync(string conversationKey, CancellationToken ct)
    {
        var record = await db.Set<HandoffRecord>().FirstOrDefaultAsync(h => h.ConversationKey == conversationKey && h.Status == HandoffStatus.Waiting, ct);
        if (record is null)
        {
            return false;
        }

        Close(record, "worker");
        await db.SaveChangesAsync(ct);
        queue.Apply(record);
        return true;
    }

    /// <summary>In a turn: keeps the message and callback number left outside service hours (encrypted).</summary>
    public async Task SaveCallbackAsync(string conversationKey, string? message, string? phone, CancellationToken ct)
    {
        var record = await db.Set<HandoffRecord>().FirstOrDefaultAsync(h => h.ConversationKey == conversationKey && h.Status != HandoffStatus.Closed, ct);
        if (record is null)
        {
            return;
        }

        record.LeftMessageProtected = protector.Protect(message) ?? record.LeftMessageProtected;
        if (phone is not null)
        {
            record.CallbackPhoneProtected = protector.Protect(phone);
            record.CallbackPhoneMasked = MobileNumber.Mask(phone);
        }

        await db.SaveChangesAsync(ct);
        queue.Apply(record);
    }

    private int ExpectedMinutes(int? position) => Math.Max(1, position ?? 1) * options.Value.MinutesPerPosition;

    public Task<HandoffRecord?> FindAsync(string ticket, CancellationToken ct) =>
        db.Set<HandoffRecord>().AsNoTracking().FirstOrDefaultAsync(h => h.Ticket == ticket, ct);

    /// <summary>Handoffs closed recently (newest first), for the queue page's history.</summary>
    public async Task<IReadOnlyList<HandoffRecord>> RecentlyClosedAsync(int max, CancellationToken ct) =>
        await db.Set<HandoffRecord>().AsNoTracking().Where(h => h.Status == HandoffStatus.Closed).OrderByDescending(h => h.Id).Take(max).ToListAsync(ct);

    /// <summary>The whole conversation, worker's and bot's and staff's messages, in order.</summary>
    public Task<IReadOnlyList<TranscriptEntry>> TranscriptAsync(HandoffRecord handoff, long afterSeq, CancellationToken ct) =>
        store.ReadAfterAsync(handoff.ConversationKey, afterSeq, MaxTranscript, ct);

    /// <summary>Decrypts the left message and callback number for staff (recorded in the audit log).</summary>
    public async Task<(string? Message, string? Phone)> RevealCallbackAsync(HandoffRecord handoff, StaffActor actor, CancellationToken ct)
    {
        await audit.RecordAsync(actor.UserName, "handoff.callback.view", handoff.Ticket, null, actor.Origin, ct);
        return (protector.Unprotect(handoff.LeftMessageProtected), protector.Unprotect(handoff.CallbackPhoneProtected));
    }

    public Task<StaffActionResult> AcceptAsync(string ticket, StaffActor actor, CancellationToken ct) =>
        AssignAsync(ticket, actor.UserId, actor.DisplayName, actor, "handoff.accept", ct);

    /// <summary>Gives the conversation to a colleague (supervisors and admins, or the one who holds it).</summary>
    public async Task<StaffActionResult> AssignAsync(string ticket, string toUserId, string toName, StaffActor actor, CancellationToken ct)
    {
        if (!actor.IsSupervisor)
        {
            var current = await FindAsync(ticket, ct);
            if (current is null)
            {
                return StaffActionResult.NotFound;
            }

            if (!string.Equals(current.AssignedToId, actor.UserId, StringComparison.Ordinal))
            {
                return StaffActionResult.Forbidden("只有主管或正在接待的工作人员可以转给同事。");
            }
        }

        return await AssignAsync(ticket, toUserId, toName, actor, "handoff.assign", ct);
    }

    private async Task<StaffActionResult> AssignAsync(string ticket, string toUserId, string toName, StaffActor actor, string action, CancellationToken ct)
    {
        if (await TakeAsync(ticket, ct) is not var (held, record))
        {
            return StaffActionResult.NotFound;
        }

        using var _ = held;
        if (record.Status == HandoffStatus.Closed)
        {
            return StaffActionResult.Conflict("这个会话已经结束了。");
        }

        var sameHolder = string.Equals(record.AssignedToId, toUserId, StringComparison.Ordinal);
        if (record.Status == HandoffStatus.Active && sameHolder)
        {
            return StaffActionResult.Done(record);
        }

        if (record.Status == HandoffStatus.Active && action == "handoff.accept" && !actor.IsSupervisor)
        {
            return StaffActionResult.Conflict($"{record.AssignedToName}已经在接待这个会话。");
        }

        var now = time.GetUtcNow();
        record.Status = HandoffStatus.Active;
        record.AcceptedAt ??= now;
        record.AssignedToId = toUserId;
        record.AssignedToName = toName;
        await db.SaveChangesAsync(ct);
        queue.Apply(record);
        await TellWorkerAsync(record.ConversationKey, string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.HandoffAccepted, toName), ct);
        await audit.RecordAsync(actor.UserName, action, record.Ticket, action == "handoff.assign" ? "转给 " + toName : null, actor.Origin, ct);
        return StaffActionResult.Done(record);
    }

    /// <summary>A staff message to the worker, delivered like a bot reply on the worker's own channel.</summary>
    public async Task<StaffActionResult> SendAsync(string ticket, string? text, StaffActor actor, CancellationToken ct)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return StaffActionResult.Invalid("消息不能为空。");
        }

        if (trimmed.Length > options.Value.MaxMessageLength)
        {
            return StaffActionResult.Invalid($"消息太长了（最多 {options.Value.MaxMessageLength} 字）。");
        }

        var record = await db.Set<HandoffRecord>().FirstOrDefaultAsync(h => h.Ticket == ticket, ct);
        if (record is null)
        {
            return StaffActionResult.NotFound;
        }

        if (record.Status != HandoffStatus.Active)
        {
            return StaffActionResult.Conflict(record.Status == HandoffStatus.Closed ? "这个会话已经结束了。" : "请先接入这个会话。");
        }

        if (!string.Equals(record.AssignedToId, actor.UserId, StringComparison.Ordinal))
        {
            return StaffActionResult.Conflict($"这个会话由{record.AssignedToName}接待。");
        }

        var message = Activity.BotMessage($"【{actor.DisplayName}】{trimmed}") with
        {
            From = StaffAccount(actor),
        };
        await messages.SendAsync(record.ConversationKey, message, ct);
        if (record.FirstStaffReplyAt is null)
        {
            record.FirstStaffReplyAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        await audit.RecordAsync(actor.UserName, "handoff.message", record.Ticket, null, actor.Origin, ct);
        return StaffActionResult.Done(record);
    }

    /// <summary>Shows the worker that staff are typing (not stored).</summary>
    public async Task TypingAsync(string ticket, StaffActor actor, CancellationToken ct)
    {
        var record = await FindAsync(ticket, ct);
        if (record is { Status: HandoffStatus.Active } && string.Equals(record.AssignedToId, actor.UserId, StringComparison.Ordinal))
        {
            var typing = new Activity
            {
                Type = ActivityTypes.Typing,
                From = StaffAccount(actor),
            };
            signals.Publish(record.ConversationKey, new ConversationSignal(typing, long.MaxValue));
        }
    }

    public async Task<StaffActionResult> AddNoteAsync(string ticket, string? text, StaffActor actor, CancellationToken ct)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 4000)
        {
            return StaffActionResult.Invalid("备注不能为空，最多 4000 字。");
        }

        var record = await FindAsync(ticket, ct);
        if (record is null)
        {
            return StaffActionResult.NotFound;
        }

        db.Add(new HandoffNote
        {
            HandoffId = record.Id,
            AuthorId = actor.UserId,
            AuthorName = actor.DisplayName,
            TextProtected = protector.Protect(trimmed)!,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor.UserName, "handoff.note", record.Ticket, null, actor.Origin, ct);
        return StaffActionResult.Done(record);
    }

    public async Task<IReadOnlyList<(string Author, string Text, DateTimeOffset At)>> NotesAsync(HandoffRecord handoff, CancellationToken ct)
    {
        var notes = await db.Set<HandoffNote>().AsNoTracking().Where(n => n.HandoffId == handoff.Id).OrderBy(n => n.Id).ToListAsync(ct);
        return [.. notes.Select(n => (n.AuthorName, protector.Unprotect(n.TextProtected) ?? string.Empty, n.CreatedAt))];
    }

    /// <summary>
    /// Returns the conversation to the bot: the handoff closes, and an event goes through the turn pipeline so the
    /// bot tells the worker and offers its menu (or the question it was asking before).
    /// </summary>
    public async Task<StaffActionResult> ReleaseAsync(string ticket, StaffActor actor, CancellationToken ct)
    {
        if (await TakeAsync(ticket, ct) is not var (held, record))
        {
            return StaffActionResult.NotFound;
        }

        using (held)
        {
            if (record.Status == HandoffStatus.Closed)
            {
                return StaffActionResult.Done(record);
            }

            if (record.Status == HandoffStatus.Active && !string.Equals(record.AssignedToId, actor.UserId, StringComparison.Ordinal) && !actor.IsSupervisor)
            {
                return StaffActionResult.Conflict($"这个会话由{record.AssignedToName}接待。");
            }

            Close(record, actor.UserName);
            await db.SaveChangesAsync(ct);
            queue.Apply(record);
            await audit.RecordAsync(actor.UserName, "handoff.release", record.Ticket, null, actor.Origin, ct);
        }

        // The event speaks for the worker's side of the conversation, so the bot's replies are addressed to them.
        var conversation = await store.FindAsync(record.ConversationKey, ct);
        var release = new Activity
        {
            Type = ActivityTypes.Event,
            Name = ReleaseEventName,
            From = new ChannelAccount { Id = conversation?.UserId, Role = "user" },
        };
        await ingress.AcceptAsync(record.ConversationKey, release, "handoff-release:" + record.Ticket, ct);
        return StaffActionResult.Done(record);
    }

    /// <summary>Takes the conversation's lock, then reads the handoff as it is under that lock.</summary>
    private async Task<(IDisposable Held, HandoffRecord Record)?> TakeAsync(string ticket, CancellationToken ct)
    {
        var found = await FindAsync(ticket, ct);
        if (found is null)
        {
            return null;
        }

        var held = await locks.AcquireAsync(found.ConversationKey, ct);
        var record = await db.Set<HandoffRecord>().FirstAsync(h => h.Id == found.Id, ct);

        // This scope may have read it before the lock was taken.
        await db.Entry(record).ReloadAsync(ct);
        return (held, record);
    }

    /// <summary>Tells the worker something outside a turn (accepted, position in the queue).</summary>
    internal Task TellWorkerAsync(string conversationKey, string text, CancellationToken ct) => messages.SendTextAsync(conversationKey, text, ct);

    /// <summary>Staff members' account ids in activities start with this.</summary>
    public const string StaffIdPrefix = "staff:";

    /// <summary>How a staff member appears in the conversation (on the bot's side, so every client shows it as incoming).</summary>
    private static ChannelAccount StaffAccount(StaffActor actor) => new() { Id = StaffIdPrefix + actor.UserId, Name = actor.DisplayName, Role = "bot" };

    private void Close(HandoffRecord record, string by)
    {
        record.Status = HandoffStatus.Closed;
        record.ClosedAt = time.GetUtcNow();
        record.ClosedBy = by;
    }

    private static string NewTicket() => "h" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static partial class Log
    {
        [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Handoff {Ticket} queued, severity {Severity}, after hours {AfterHours}")]
        public static partial void Queued(ILogger logger, string ticket, int severity, bool afterHours);
    }
}
