using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RightsBot.Cases;
using RightsBot.Storage;

namespace RightsBot.Privacy;

/// <summary>
/// Keeps the privacy notice's promise: personal fields of finished cases are erased after the retention period, and
/// workers' words in old transcripts are blanked. Runs on a timer from the injected clock.
/// </summary>
public sealed partial class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    public const string Blanked = "（已按保存期限删除）";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.RunEveryHours), time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.Failed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One clean-up pass; returns the number of cases and transcript entries changed.</summary>
    public async Task<(int Cases, int Entries)> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = time.GetUtcNow();
        var caseCutoff = now.AddDays(-options.Value.CaseRetentionDays);
        var transcriptCutoff = now.AddDays(-options.Value.TranscriptRetentionDays);

        // DateTimeOffset comparisons are not translated for SQLite, so candidates are filtered here (a small set daily).
        var finished = await db.Set<CaseRecord>()
            .Where(c => c.ClosedAt != null && c.PersonalDataErasedAt == null)
            .ToListAsync(ct);
        var cases = 0;
        foreach (var record in finished.Where(c => c.ClosedAt < caseCutoff))
        {
            record.NameProtected = null;
            record.PhoneProtected = null;
            record.PhoneLookup = null;
            record.IdNumberProtected = null;
            record.AccessCodeLookup = null;
            record.Foreman = null;
            record.PersonalDataErasedAt = now;
            cases++;
        }

        // Messages and callback numbers left for staff go with the transcripts they belong to.
        var handoffs = await db.Set<Handoff.HandoffRecord>()
            .Where(h => h.Status == Handoff.HandoffStatus.Closed && (h.LeftMessageProtected != null || h.CallbackPhoneProtected != null))
            .ToListAsync(ct);
        foreach (var handoff in handoffs.Where(h => h.ClosedAt < transcriptCutoff))
        {
            handoff.LeftMessageProtected = null;
            handoff.CallbackPhoneProtected = null;
            handoff.CallbackPhoneMasked = null;
        }

        await db.SaveChangesAsync(ct);

        // Streamed without tracking; only the entries to blank are written back.
        var expired = new List<(long Id, string Json)>();
        await foreach (var entry in db.Transcript.AsNoTracking().Where(t => t.Inbound && !t.Pending).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Timestamp < transcriptCutoff && !entry.Json.Contains(Blanked, StringComparison.Ordinal)
                && Activities.ActivityJson.Deserialize(entry.Json) is { } activity)
            {
                expired.Add((entry.Id, Activities.ActivityJson.Serialize(activity with { Text = Blanked, Attachments = null, Value = null })));
            }
        }

        foreach (var (id, json) in expired)
        {
            await db.Transcript.Where(t => t.Id == id).ExecuteUpdateAsync(u => u.SetProperty(t => t.Json, json), ct);
        }

        var entries = expired.Count;
        Log.Ran(logger, cases, entries);
        return (cases, entries);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Retention: erased personal fields of {Cases} cases, blanked {Entries} transcript entries")]
        public static partial void Ran(ILogger logger, int cases, int entries);

        [LoggerMessage(EventId = 8002, Level = LogLevel.Error, Message = "Retention clean-up failed; it runs again at the next tick")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
