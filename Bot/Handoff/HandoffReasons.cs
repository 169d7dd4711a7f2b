namespace RightsBot.Handoff;

/// <summary>Reason codes for a handoff: their severity and how staff pages name them.</summary>
public static class HandoffReasons
{
    public const string AskedForPerson = "asked-for-person";
    public const string PromptGaveUp = "prompt-gave-up";
    public const string SeriousCase = "serious-case";
    public const string CrisisPrefix = "crisis:";

    public static int Severity(string reason) => reason switch
    {
        _ when reason.StartsWith(CrisisPrefix, StringComparison.Ordinal) => 3,
        _ when reason.StartsWith(SeriousCase, StringComparison.Ordinal) => 2,
        _ => 1,
    };

    public static int Severity(IEnumerable<string> reasons) => reasons.Select(Severity).DefaultIfEmpty(1).Max();

    public static string Label(string reason) => reason switch
    {
        AskedForPerson => "要求人工",
        PromptGaveUp => "机器人没听懂",
        _ when reason.StartsWith(SeriousCase, StringComparison.Ordinal) => "严重案件",
        "crisis:selfharm" => "危机：轻生",
        "crisis:violence" => "危机：暴力威胁",
        "crisis:held" => "危机：被扣押",
        "crisis:injury" => "危机：受伤",
        "crisis:othersatrisk" => "危机：有人要轻生",
        _ when reason.StartsWith(CrisisPrefix, StringComparison.Ordinal) => "危机",
        _ => reason,
    };

    public static string SeverityLabel(int severity) => severity switch
    {
        >= 3 => "紧急",
        2 => "严重",
        _ => "一般",
    };

    public static IReadOnlyList<string> Split(string? reasons) =>
        string.IsNullOrEmpty(reasons) ? [] : reasons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
