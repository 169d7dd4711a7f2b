using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RightsBot.Cases;
using RightsBot.Cases.Validation;
using RightsBot.Privacy;
using RightsBot.Storage;

namespace RightsBot.Staff.Pages.Shared;

/// <summary>A case as the conversation page shows it beside the transcript: personal fields masked unless revealed.</summary>
public sealed record CaseCard(string Number, CaseStatus Status, IReadOnlyList<(string Label, string Value)> Fields)
{
    public static async Task<IReadOnlyList<CaseCard>> ForConversationAsync(
        BotDbContext db, PersonalDataProtector protector, string conversationKey, bool reveal, CancellationToken ct)
    {
        var cases = await db.Set<CaseRecord>().AsNoTracking().Where(c => c.ConversationKey == conversationKey).OrderByDescending(c => c.Id).ToListAsync(ct);
        return [.. cases.Select(c => Build(c, protector, reveal))];
    }

    private static CaseCard Build(CaseRecord c, PersonalDataProtector protector, bool reveal)
    {
        var fields = new List<(string, string)>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add((label, value));
            }
        }

        var name = protector.Unprotect(c.NameProtected);
        var phone = protector.Unprotect(c.PhoneProtected);
        var id = protector.Unprotect(c.IdNumberProtected);
        Add("类型", CaseWording.Type(c.Type));
        Add("状态", CaseWording.Status(c.Status) + (c.ReferredTo is { } r ? "（" + CaseWording.Referral(r) + "）" : null));
        Add("姓名", c.Anonymous ? "匿名" : reveal ? name : name is { Length: > 0 } ? name[0] + "**" : null);
        Add("手机", reveal ? phone : phone is null ? null : MobileNumber.Mask(phone));
        Add("身份证", reveal ? id : id is null ? null : ChineseIdNumber.Mask(id));
        Add("单位/老板", c.Employer);
        Add("项目", c.ProjectName);
        Add("总包", c.GeneralContractor);
        Add("包工头", c.Foreman);
        Add("地点", string.Concat(c.Province, c.City == c.Province ? null : c.City, c.District));
        Add("行业", c.Industry);
        Add("工种", c.Job);
        Add("干活时间", $"{c.WorkedFrom:yyyy-MM} 至 {(c.StillWorking ? "现在" : c.WorkedTo?.ToString("yyyy-MM", CultureInfo.InvariantCulture))}");
        Add("欠薪金额", c.AmountOwedLow is null && c.AmountOwedHigh is null ? null
            : c.AmountOwedLow == c.AmountOwedHigh || c.AmountOwedHigh is null ? $"{c.AmountOwedLow:0.##} 元" : $"{c.AmountOwedLow:0.##}–{c.AmountOwedHigh:0.##} 元");
        Add("涉及人数", c.WorkersAffected?.ToString(CultureInfo.InvariantCulture));
        Add("证据", c.Evidence);
        Add("已投诉", c.ComplainedTo);
        Add("诉求", c.Wants);
        Add("困难原因", c.HardshipReason);
        Add("严重原因", c.SeriousReasons);
        Add("追回金额", c.AmountRecovered is { } a ? $"{a:0.##} 元" : null);
        Add("登记时间", c.CreatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        return new CaseCard(c.Number, c.Status, fields);
    }
}
