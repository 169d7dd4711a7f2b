using Microsoft.EntityFrameworkCore;
using RightsBot.Knowledge.Indexing;
using RightsBot.Model;
using RightsBot.Storage;

namespace RightsBot.Answers;

/// <summary>Counts questions the bot could not answer well, for the curators (<c>kb unanswered</c>).</summary>
public sealed class CuratorLog(BotDbContext db, TimeProvider time)
{
    private const int MaxStoredLength = 500;

    public async Task RecordAsync(string question, UnansweredReason reason, string? articleId, CancellationToken ct)
    {
        var masked = Mask(question);
        var key = TextNormalizer.Fold(masked);
        if (key.Length == 0)
        {
            return;
        }

        key = key.Length > 400 ? key[..400] : key;
        var reasonText = reason.ToString();
        var now = time.GetUtcNow();
        var existing = await db.Set<UnansweredQuestion>()
            .FirstOrDefaultAsync(q => q.Key == key && q.Reason == reasonText && q.ArticleId == articleId, ct);
        if (existing is null)
        {
            db.Set<UnansweredQuestion>().Add(new UnansweredQuestion
            {
                Key = key,
                Text = masked.Length > MaxStoredLength ? masked[..MaxStoredLength] : masked,
                Reason = reasonText,
                ArticleId = articleId,
                Count = 1,
                FirstAskedAt = now,
                LastAskedAt = now,
            });
        }
        else
        {
            existing.Count++;
            existing.LastAskedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent first record of the same question; one count lost is acceptable for curation.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The most frequent first.</summary>
    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(int max, CancellationToken ct) =>
        await db.Set<UnansweredQuestion>().AsNoTracking().OrderByDescending(q => q.Count).ThenBy(q => q.Id).Take(max).ToListAsync(ct);

    /// <summary>Masks numbers that could be a phone, ID or bank card number, and names, as for the model.</summary>
    public static string Mask(string text) => SensitiveDataMasker.Mask(text);
}
