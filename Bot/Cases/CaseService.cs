using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RightsBot.Cases.Triage;
using RightsBot.Knowledge.Indexing;
using RightsBot.Privacy;
using RightsBot.Storage;

namespace RightsBot.Cases;

/// <summary>
/// Registers, finds and moves cases. A case number is handed out only inside the transaction that stores the case,
/// and a submission key makes a retried submission return the case it already created.
/// </summary>
public sealed class CaseService(BotDbContext db, PersonalDataProtector protector, TriageRules triage, CaseNotifier notifier, TimeProvider time) : ICaseService
{
    public const int MaxFailedLookupsPerConversationPerHour = 5;
    public const int MaxFailedLookupsPerNumberPerDay = 10;
    private const string AccessCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<SubmitResult> SubmitAsync(
        CaseDraft draft, CaseSource source, string? conversationKey, string submissionKey, string submittedBy,
        IEnumerable<string> conversationFlags, bool demo, CancellationToken ct)
    {
        var existing = await db.Set<CaseRecord>().AsNoTracking().FirstOrDefaultAsync(c => c.SubmissionKey == submissionKey, ct);
        if (existing is not null)
        {
            return new SubmitResult(existing, null, []);
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var reasons = triage.Evaluate(draft, today, conversationFlags);
        string? accessCode = draft.Phone is null ? NewAccessCode() : null;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var record = new CaseRecord
        {
            Number = await NextNumberAsync(draft.Type, now.Year, ct),
            Type = draft.Type,
            Source = source,
            Status = CaseStatus.Registered,
            SubmissionKey = submissionKey,
            ConversationKey = conversationKey,
            Anonymous = draft.Anonymous,
            NameProtected = protector.Protect(draft.Anonymous ? null : draft.Name),
            PhoneProtected = protector.Protect(draft.Phone),
            PhoneLookup = draft.Phone is null ? null : protector.Lookup(draft.Phone),
            IdNumberProtected = protector.Protect(draft.IdNumber),
            AccessCodeLookup = accessCode is null ? null : protector.Lookup(NormalizeAccessCode(accessCode)),
            Employer = Clip(draft.Employer),
            ProjectName = Clip(draft.ProjectName),
            GeneralContractor = Clip(draft.GeneralContractor),
            Foreman = Clip(draft.Foreman),
            Province = draft.Province,
            City = draft.City,
            District = Clip(draft.District),
            Industry = draft.Industry,
            Job = Clip(draft.Job),
            WorkedFrom = draft.WorkedFrom,
            WorkedTo = draft.WorkedTo,
            StillWorking = draft.StillWorking,
            AmountOwedLow = draft.AmountOwedLow,
            AmountOwedHigh = draft.AmountOwedHigh,
            WorkersAffected = draft.WorkersAffected,
            Evidence = draft.Evidence.Count == 0 ? null : string.Join('、', draft.Evidence),
            ComplainedTo = Clip(draft.ComplainedTo),
            Wants = Clip(draft.Wants),
            HardshipReason = Clip(draft.HardshipReason),
            HouseholdSize = draft.HouseholdSize,
            MonthlyIncome = draft.MonthlyIncome,
            Serious = reasons.Count > 0,
            SeriousReasons = reasons.Count == 0 ? null : string.Join(',', reasons),
            EmployerKey = GroupKey(draft.Employer, draft.City),
            ProjectKey = GroupKey(draft.ProjectName, draft.City),
            Demo = demo,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<CaseRecord>().Add(record);
        await db.SaveChangesAsync(ct);
        db.Set<CaseStatusChange>().Add(new CaseStatusChange { CaseId = record.Id, To = CaseStatus.Registered, ChangedBy = submittedBy, ChangedAt = now, Reason = "登记" });
        if (draft.AttachmentIds.Count > 0)
        {
            await db.Attachments.Where(a => draft.AttachmentIds.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.CaseId, record.Id), ct);
        }

        var linked = await LinkAsync(record, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SubmitResult(record, accessCode, linked);
    }

    /// <summary>
    /// Finds a case by number and the phone number (or access code) it was reported with. A wrong combination gets the
    /// same answer as an unknown number, and failures are counted per conversation and per number.
    /// </summary>
    public async Task<LookupOutcome> LookupAsync(string number, string secret, string conversationKey, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var dayAgo = now.AddDays(-1);
        var attempts = await db.Set<CaseLookupAttempt>().AsNoTracking()
            .Where(a => a.ConversationKey == conversationKey || a.Number == number)
            .Select(a => new { a.ConversationKey, a.Number, a.At })
            .ToListAsync(ct);
        if (attempts.Count(a => a.ConversationKey == conversationKey && a.At > hourAgo) >= MaxFailedLookupsPerConversationPerHour
            || attempts.Count(a => a.Number == number && a.At > dayAgo) >= MaxFailedLookupsPerNumberPerDay)
        {
            return LookupOutcome.Blocked;
        }

        var lookup = protector.Lookup(secret);
        var record = await db.Set<CaseRecord>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Number == number && (c.PhoneLookup == lookup || c.AccessCodeLookup == lookup), ct);
        if (record is null)
        {
            db.Set<CaseLookupAttempt>().Add(new CaseLookupAttempt { ConversationKey = conversationKey, Number = number, At = now });
            await db.SaveChangesAsync(ct);
            return LookupOutcome.NotFound;
        }

        var history = (await db.Set<CaseStatusChange>().AsNoTracking().Where(h => h.CaseId == record.Id).OrderBy(h => h.Id).ToListAsync(ct))
            .Select(h => (h.To, h.ChangedAt)).ToList();
        return new LookupOutcome(new CaseStatusView(record.Number, record.Type, record.Status, record.ReferredTo, record.Outcome, record.AmountRecovered, history), false);
    }

    /// <summary>Moves a case on, records who, when and why, and tells the worker in the conversation they reported from.</summary>
    public async Task<CaseRecord?> ChangeStatusAsync(
        string number, CaseStatus to, ReferralTarget? referredTo, string? reason, string? outcome, decimal? amountRecovered, string changedBy, CancellationToken ct)
    {
        var record = await db.Set<CaseRecord>().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (record is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        db.Set<CaseStatusChange>().Add(new CaseStatusChange
        {
            CaseId = record.Id, From = record.Status, To = to, ReferredTo = referredTo, Reason = reason, ChangedBy = changedBy, ChangedAt = now,
        });
        record.Status = to;
        record.ReferredTo = to == CaseStatus.Referred ? referredTo : record.ReferredTo;
        record.Outcome = outcome ?? record.Outcome;
        record.AmountRecovered = amountRecovered ?? record.AmountRecovered;
        record.UpdatedAt = now;
        record.ClosedAt = to is CaseStatus.Closed or CaseStatus.Rejected ? now : null;
        await db.SaveChangesAsync(ct);

        if (record.ConversationKey is { } conversation)
        {
            await notifier.NotifyStatusAsync(conversation, record, reason, ct);
        }

        return record;
    }

    /// <summary>删除我的信息: removes the personal fields of every case reported from this conversation; statistics stay.</summary>
    public async Task<int> ErasePersonalDataAsync(string conversationKey, CancellationToken ct)
    {
        var now = time.GetUtcNow();

        // A message and callback number left for staff outside service hours go too.
        await db.Set<Handoff.HandoffRecord>()
            .Where(h => h.ConversationKey == conversationKey && (h.LeftMessageProtected != null || h.CallbackPhoneProtected != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(h => h.LeftMessageProtected, (string?)null)
                .SetProperty(h => h.CallbackPhoneProtected, (string?)null)
                .SetProperty(h => h.CallbackPhoneMasked, (string?)null), ct);
        return await db.Set<CaseRecord>()
            .Where(c => c.ConversationKey == conversationKey && c.PersonalDataErasedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.NameProtected, (string?)null)
                .SetProperty(c => c.PhoneProtected, (string?)null)
                .SetProperty(c => c.PhoneLookup, (string?)null)
                .SetProperty(c => c.IdNumberProtected, (string?)null)
                .SetProperty(c => c.AccessCodeLookup, (string?)null)
                .SetProperty(c => c.Foreman, (string?)null)
                .SetProperty(c => c.PersonalDataErasedAt, now), ct);
    }

    private async Task<List<string>> LinkAsync(CaseRecord record, CancellationToken ct)
    {
        var others = await db.Set<CaseRecord>()
            .Where(c => c.Id != record.Id && c.Type == record.Type && c.ClosedAt == null
                && ((record.EmployerKey != null && c.EmployerKey == record.EmployerKey) || (record.ProjectKey != null && c.ProjectKey == record.ProjectKey)))
            .Select(c => new { c.Id, c.Number, c.EmployerKey })
            .Take(50)
            .ToListAsync(ct);
        foreach (var other in others)
        {
            var reason = other.EmployerKey == record.EmployerKey && record.EmployerKey is not null ? "employer" : "project";
            db.Set<CaseLink>().Add(new CaseLink { CaseId = record.Id, OtherCaseId = other.Id, Reason = reason });
            db.Set<CaseLink>().Add(new CaseLink { CaseId = other.Id, OtherCaseId = record.Id, Reason = reason });
        }

        return [.. others.Select(o => o.Number)];
    }

    private async Task<string> NextNumberAsync(CaseType type, int year, CancellationToken ct)
    {
        var prefix = CaseWording.Prefix(type);
        var counter = await db.Set<CaseCounter>().FirstOrDefaultAsync(c => c.Prefix == prefix && c.Year == year, ct);
        if (counter is null)
        {
            counter = new CaseCounter { Prefix = prefix, Year = year, Last = 0 };
            db.Set<CaseCounter>().Add(counter);
        }

        counter.Last++;
        return $"{prefix}-{year}-{counter.Last:D6}";
    }

    private static string NewAccessCode()
    {
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = AccessCodeAlphabet[RandomNumberGenerator.GetInt32(AccessCodeAlphabet.Length)];
        }

        return $"{new string(code[..4])}-{new string(code[4..])}";
    }

    /// <summary>Access codes are compared without the dash and case-insensitively.</summary>
    public static string NormalizeAccessCode(string text) =>
        new([.. text.ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    private static string? GroupKey(string? name, string? city)
    {
        var folded = TextNormalizer.Fold(name);
        return folded.Length < 2 || folded is "不知道" or "不清楚" ? null : $"{folded}|{city}";
    }

    private static string? Clip(string? text) => text is null ? null : text.Length > 200 ? text[..200] : text;
}
