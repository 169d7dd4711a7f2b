using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RightsBot.Cases;
using RightsBot.Handoff;
using RightsBot.Storage;

namespace RightsBot.Reports.Dashboard;

/// <summary>
/// Computes the dashboard: today's queue and waiting times, case counts, cases per week, amount owed by region, the
/// status funnel and the median time from a request for a person to the first staff reply. Demo cases count only when asked.
/// </summary>
public sealed class DashboardQueries(BotDbContext db, HandoffQueue queue, TimeProvider time)
{
    public const int Weeks = 12;

    /// <summary>An open case older than this is overdue on the dashboard.</summary>
    public const int OverdueDays = 30;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async Task<DashboardData> BuildAsync(bool includeDemo, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = now.ToOffset(China).Date;
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWeek = weekStart.AddDays(-7 * (Weeks - 1));

        var perWeek = new int[Weeks];
        var owed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var overdue = new Dictionary<string, int>(StringComparer.Ordinal);
        var funnel = new int[4];
        int casesToday = 0, casesThisWeek = 0, open = 0, openSerious = 0;
        var cases = db.Set<CaseRecord>().AsNoTracking().Where(c => includeDemo || !c.Demo)
            .Select(c => new { c.Type, c.Status, c.CreatedAt, c.Province, c.AmountOwedLow, c.Serious });
        await foreach (var c in cases.AsAsyncEnumerable().WithCancellation(ct))
        {
            var day = c.CreatedAt.ToOffset(China).Date;
            casesToday += day == today ? 1 : 0;
            casesThisWeek += day >= weekStart ? 1 : 0;
            if (day >= firstWeek)
            {
                perWeek[Math.Min(Weeks - 1, (int)((day - firstWeek).TotalDays / 7))]++;
            }

            var isOpen = c.Status is CaseStatus.Registered or CaseStatus.Accepted or CaseStatus.Referred;
            open += isOpen ? 1 : 0;
            openSerious += isOpen && c.Serious ? 1 : 0;
            if (isOpen && (today - day).TotalDays > OverdueDays)
            {
                var region = c.Province ?? "未知";
                overdue[region] = overdue.GetValueOrDefault(region) + 1;
            }

            if (c.Type == CaseType.WageArrears)
            {
                var region = c.Province ?? "未知";
                owed[region] = owed.GetValueOrDefault(region) + (c.AmountOwedLow ?? 0);

                // Funnel: every case was registered; accepted includes those that went further.
                funnel[0]++;
                funnel[1] += c.Status is CaseStatus.Accepted or CaseStatus.Referred or CaseStatus.Closed ? 1 : 0;
                funnel[2] += c.Status is CaseStatus.Referred or CaseStatus.Closed ? 1 : 0;
                funnel[3] += c.Status is CaseStatus.Closed ? 1 : 0;
            }
        }

        var handoffs = await db.Set<HandoffRecord>().AsNoTracking()
            .Select(h => new { h.CreatedAt, h.AcceptedAt, h.FirstStaffReplyAt })
            .ToListAsync(ct);
        var todayHandoffs = handoffs.Where(h => h.CreatedAt.ToOffset(China).Date == today).ToList();
        var waitsToday = todayHandoffs.Where(h => h.AcceptedAt is not null).Select(h => (h.AcceptedAt!.Value - h.CreatedAt).TotalMinutes).ToList();
        var firstReplies = new List<double>[Weeks];
        foreach (var h in handoffs.Where(h => h.FirstStaffReplyAt is not null))
        {
            var day = h.CreatedAt.ToOffset(China).Date;
            if (day >= firstWeek)
            {
                var index = Math.Min(Weeks - 1, (int)((day - firstWeek).TotalDays / 7));
                (firstReplies[index] ??= []).Add((h.FirstStaffReplyAt!.Value - h.CreatedAt).TotalMinutes);
            }
        }

        var waiting = queue.Waiting();
        string WeekLabel(int i) => firstWeek.AddDays(7 * i).ToString("M/d", CultureInfo.InvariantCulture);
        string[] stages = ["已登记", "已受理", "已转交", "已办结"];
        return new DashboardData(
            waiting.Count,
            queue.Held().Count,
            todayHandoffs.Count,
            Median(waitsToday),
            waiting.Count == 0 ? null : (int)(now - waiting.Min(w => w.CreatedAt)).TotalMinutes,
            casesToday,
            casesThisWeek,
            open,
            openSerious,
            [.. perWeek.Select((n, i) => new ChartBar(WeekLabel(i), n, n.ToString(CultureInfo.InvariantCulture)))],
            [.. owed.OrderByDescending(o => o.Value).Take(10).Select(o => new ChartBar(o.Key, (double)o.Value, Money(o.Value)))],
            [.. funnel.Select((n, i) => new ChartBar(stages[i], n, n.ToString(CultureInfo.InvariantCulture)))],
            [.. firstReplies.Select((list, i) => Median(list ?? []) is { } m
                ? new ChartBar(WeekLabel(i), m, m.ToString("0.#", CultureInfo.InvariantCulture) + " 分钟")
                : new ChartBar(WeekLabel(i), 0, "—"))],
            [.. overdue.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).Take(10)
                .Select(o => new ChartBar(o.Key, o.Value, o.Value.ToString(CultureInfo.InvariantCulture)))]);
    }

    /// <summary>The figures that come from the live queue alone, brought up to date without reading the database.</summary>
    public DashboardData WithLiveQueue(DashboardData data)
    {
        var waiting = queue.Waiting();
        return data with
        {
            Waiting = waiting.Count,
            Held = queue.Held().Count,
            LongestWaitNowMinutes = waiting.Count == 0 ? null : (int)(time.GetUtcNow() - waiting.Min(w => w.CreatedAt)).TotalMinutes,
        };
    }

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Money(decimal amount) => amount >= 10_000
        ? (amount / 10_000).ToString("0.#", CultureInfo.InvariantCulture) + " 万元"
        : amount.ToString("0", CultureInfo.InvariantCulture) + " 元";
}
