using Microsoft.EntityFrameworkCore;
using RightsBot.Cases;
using RightsBot.Cases.Validation;
using RightsBot.Privacy;
using RightsBot.Storage;

namespace RightsBot.Reports;

/// <summary>
/// One row per case, streamed from the database to CSV or XLSX. Personal fields are masked unless the full version
/// is asked for (the caller checks the role and records the reason in the audit log).
/// </summary>
public sealed class CaseExporter(BotDbContext db, PersonalDataProtector protector)
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "编号", "类型", "来源", "状态", "转办", "登记时间", "办结时间", "省", "市", "区县", "行业", "工种", "用人单位", "工地/项目", "总包",
        "被欠金额下限", "被欠金额上限", "涉及人数", "追回金额", "严重", "严重原因", "姓名", "手机号", "身份证号", "示例数据",
    ];

    /// <summary>Writes the cases matching <paramref name="filter"/>; returns how many rows were written.</summary>
    public async Task<long> ExportAsync(ExportFilter filter, ITableWriter writer, bool full, IProgress<long>? progress, CancellationToken ct)
    {
        await writer.WriteRowAsync(Columns, ct);
        long rows = 0;
        await foreach (var c in Query(db, filter).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!InDateRange(c.CreatedAt, filter))
            {
                continue;
            }

            var phone = c.PhoneProtected is null ? null : protector.Unprotect(c.PhoneProtected);
            var name = c.NameProtected is null ? null : protector.Unprotect(c.NameProtected);
            var id = c.IdNumberProtected is null ? null : protector.Unprotect(c.IdNumberProtected);
            await writer.WriteRowAsync(
            [
                c.Number, CaseWording.Type(c.Type), c.Source.ToString(), CaseWording.Status(c.Status), c.ReferredTo is { } r ? CaseWording.Referral(r) : null,
                c.CreatedAt, c.ClosedAt, c.Province, c.City, c.District, c.Industry, c.Job, c.Employer, c.ProjectName, c.GeneralContractor,
                c.AmountOwedLow, c.AmountOwedHigh, c.WorkersAffected, c.AmountRecovered, c.Serious, c.SeriousReasons,
                c.Anonymous ? "匿名" : full ? name : MaskName(name),
                phone is null ? null : full ? phone : MobileNumber.Mask(phone),
                id is null ? null : full ? id : ChineseIdNumber.Mask(id),
                c.Demo,
            ], ct);
            rows++;
            if (rows % 10_000 == 0)
            {
                progress?.Report(rows);
            }
        }

        await writer.CompleteAsync(ct);
        progress?.Report(rows);
        return rows;
    }

    internal static IQueryable<CaseRecord> Query(BotDbContext db, ExportFilter filter)
    {
        var query = db.Set<CaseRecord>().AsNoTracking();
        if (!filter.IncludeDemo)
        {
            query = query.Where(c => !c.Demo);
        }

        if (filter.Province is { } province)
        {
            query = query.Where(c => c.Province == province);
        }

        if (filter.City is { } city)
        {
            query = query.Where(c => c.City == city);
        }

        if (filter.Industry is { } industry)
        {
            query = query.Where(c => c.Industry == industry);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(c => c.Source == source);
        }

        if (filter.Type is { } type)
        {
            query = query.Where(c => c.Type == type);
        }

        return query.OrderBy(c => c.Id);
    }

    internal static bool InDateRange(DateTimeOffset createdAt, ExportFilter filter)
    {
        var day = DateOnly.FromDateTime(createdAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        return (filter.From is null || day >= filter.From) && (filter.To is null || day <= filter.To);
    }

    private static string? MaskName(string? name) => string.IsNullOrEmpty(name) ? null : name[0] + "**";
}
