namespace RightsBot.Cases;

/// <summary>How case facts read in Chinese, for workers and for staff.</summary>
public static class CaseWording
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Registered => "已登记",
        CaseStatus.Accepted => "已受理",
        CaseStatus.Referred => "已转办",
        CaseStatus.Closed => "已办结",
        CaseStatus.Rejected => "不予受理",
        _ => status.ToString(),
    };

    public static string Referral(ReferralTarget target) => target switch
    {
        ReferralTarget.LaborInspection => "劳动监察",
        ReferralTarget.Arbitration => "劳动仲裁",
        ReferralTarget.LegalAid => "法律援助",
        ReferralTarget.UnionMediation => "工会协调",
        _ => target.ToString(),
    };

    public static string Type(CaseType type) => type == CaseType.Hardship ? "困难帮扶申请" : "欠薪反映";

    public static string Prefix(CaseType type) => type == CaseType.Hardship ? "KN" : "QX";

    /// <summary>What a status means for the worker, in plain words.</summary>
    public static string Explain(CaseStatus status, ReferralTarget? referral) => status switch
    {
        CaseStatus.Registered => "您反映的情况已经登记，工会工作人员会尽快查看。",
        CaseStatus.Accepted => "工会工作人员已经接手，正在了解情况。",
        CaseStatus.Referred => $"已经转给{(referral is { } r ? Referral(r) : "有关部门")}办理。",
        CaseStatus.Closed => "已经办完了。",
        CaseStatus.Rejected => "这件事工会这边不能受理。",
        _ => string.Empty,
    };
}
