using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RightsBot.Cases;
using RightsBot.Storage;

namespace RightsBot.Handoff;

/// <summary>Builds the staff queue (waiting in queue order, then held) with a one-line summary of each case.</summary>
public sealed class QueueView(HandoffQueue queue, BotDbContext db, TimeProvider time)
{
    public async Task<(IReadOnlyList<QueueItem> Waiting, IReadOnlyList<QueueItem> Held)> BuildAsync(CancellationToken ct)
    {
        var waiting = queue.Waiting();
        var held = queue.Held();
        var keys = waiting.Concat(held).Select(s => s.ConversationKey).ToList();
        var cases = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => c.ConversationKey != null && keys.Contains(c.ConversationKey))
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.ConversationKey, c.Number, c.Type, c.Status, c.AmountOwedLow, c.AmountOwedHigh, c.City, c.Province, c.WorkersAffected, c.Serious })
            .ToListAsync(ct);
        var latest = cases.GroupBy(c => c.ConversationKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var c = g.First();
                var amount = c.AmountOwedHigh ?? c.AmountOwedLow;
                var parts = new List<string> { c.Number, CaseWording.Type(c.Type), CaseWording.Status(c.Status) };
                if (amount is { } a)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"欠薪约{a:0.##}元"));
                }

                if (c.WorkersAffected is { } w)
                {
                    parts.Add($"{w}人");
                }

                if ((c.City ?? c.Province) is { } place)
                {
                    parts.Add(place);
                }

                if (c.Serious)
                {
                    parts.Add("严重");
                }

                return string.Join(" · ", parts);
            }, StringComparer.Ordinal);

        var now = time.GetUtcNow();
        QueueItem Item(HandoffSnapshot s, int? position) => new(
            s.Ticket,
            s.Status == HandoffStatus.Waiting ? "waiting" : "active",
            s.Severity,
            HandoffReasons.SeverityLabel(s.Severity),
            [.. s.Reasons.Select(HandoffReasons.Label).Distinct(StringComparer.Ordinal)],
            s.ChannelId,
            s.CreatedAt,
            (int)Math.Max(0, (now - s.CreatedAt).TotalMinutes),
            position,
            s.AssignedToName,
            s.AfterHours,
            latest.GetValueOrDefault(s.ConversationKey));

        return ([.. waiting.Select((s, i) => Item(s, i + 1))], [.. held.Select(s => Item(s, null))]);
    }
}
