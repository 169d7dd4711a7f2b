using Microsoft.EntityFrameworkCore;
using RightsBot.Cases;
using RightsBot.Storage;

namespace RightsBot.Reports;

/// <summary>
/// The statistics table reported upward: by month or quarter and by region or industry — wage-arrears cases, workers
/// affected, amount owed (lower bound), amount recovered, cases closed, average days to close, serious cases, hardship
/// applications — with a totals row. The publication version shows counts under 3 as "&lt;3" (and hides that row's sums).
/// </summary>
public sealed class StatisticsReport(BotDbContext db)
{
    public const string Total = "合计";

    public static IReadOnlyList<string> Columns { get; } =
        ["期间", "分组", "欠薪案件", "涉及人数", "被欠金额", "追回金额", "已办结", "平均办结天数", "严重案件", "困难帮扶申请"];

    public async Task<IReadOnlyList<StatisticsRow>> BuildAsync(ExportFilter filter, StatisticsPeriod period, StatisticsGrouping grouping, CancellationToken ct)
    {
        var rows = new Dictionary<(string, string), StatisticsRow>();
        var query = CaseExporter.Query(db, filter).Select(c => new
        {
            c.Type, c.CreatedAt, c.ClosedAt, c.Status, c.Province, c.City, c.Industry, c.WorkersAffected, c.AmountOwedLow, c.AmountRecovered, c.Serious,
        });
        await foreach (var c in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!CaseExporter.InDateRange(c.CreatedAt, filter))
            {
                continue;
            }

            var local = c.CreatedAt.ToOffset(TimeSpan.FromHours(8));
            var key = period == StatisticsPeriod.Month ? $"{local.Year}-{local.Month:D2}" : $"{local.Year}-Q{((local.Month - 1) / 3) + 1}";
            var group = grouping == StatisticsGrouping.Region ? $"{c.Province ?? "未知"}{(c.City is { } city && city != c.Province ? city : string.Empty)}" : c.Industry ?? "未知";
            if (!rows.TryGetValue((key, group), out var row))
            {
                row = new StatisticsRow { Period = key, Group = group };
                rows[(key, group)] = row;
            }

            if (c.Type == CaseType.Hardship)
            {
                row.Hardship++;
                continue;
            }

            row.Cases++;
            row.WorkersAffected += c.WorkersAffected ?? 1;
            row.AmountOwed += c.AmountOwedLow ?? 0;
            row.AmountRecovered += c.AmountRecovered ?? 0;
            row.Serious += c.Serious ? 1 : 0;
            if (c.Status == CaseStatus.Closed && c.ClosedAt is { } closed)
            {
                row.Closed++;
                row.TotalDaysToClose += (closed - c.CreatedAt).TotalDays;
            }
        }

        var ordered = rows.Values.OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Group, StringComparer.Ordinal).ToList();
        var total = new StatisticsRow { Period = Total, Group = Total };
        foreach (var row in ordered)
        {
            total.Add(row);
        }

        ordered.Add(total);
        return ordered;
    }

    public static async Task WriteAsync(IReadOnlyList<StatisticsRow> rows, ITableWriter writer, bool publication, CancellationToken ct)
    {
        await writer.WriteRowAsync(Columns, ct);
        foreach (var r in rows)
        {
            var small = publication && r.Cases < 3 && r.Group != Total;
            object? Count(long n) => publication && n < 3 && r.Group != Total ? "<3" : n;
            await writer.WriteRowAsync(
            [
                r.Period, r.Group, Count(r.Cases), small ? "—" : r.WorkersAffected, small ? "—" : r.AmountOwed, small ? "—" : r.AmountRecovered,
                Count(r.Closed), small ? "—" : r.AverageDaysToClose, Count(r.Serious), Count(r.Hardship),
            ], ct);
        }

        await writer.CompleteAsync(ct);
    }
}
