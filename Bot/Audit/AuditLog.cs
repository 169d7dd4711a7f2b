using Microsoft.EntityFrameworkCore;
using RightsBot.Storage;

namespace RightsBot.Audit;

/// <summary>Writes and reads the audit log (exports, case changes by staff, and later every staff action).</summary>
public sealed class AuditLog(BotDbContext db, TimeProvider time)
{
    public async Task RecordAsync(string actor, string action, string? target, string? reason, string? origin, CancellationToken ct)
    {
        db.Set<AuditEntry>().Add(new AuditEntry { Actor = actor, Action = action, Target = target, Reason = reason, Origin = origin, At = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int max, CancellationToken ct) =>
        await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Id).Take(max).ToListAsync(ct);
}
