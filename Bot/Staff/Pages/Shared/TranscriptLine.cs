using System.Globalization;
using RightsBot.Activities;
using RightsBot.Handoff;
using RightsBot.Storage;

namespace RightsBot.Staff.Pages.Shared;

/// <summary>One transcript entry as the console shows it: who, when, what (text is rendered encoded, never as markup).</summary>
public sealed record TranscriptLine(long Seq, string Kind, string Who, string Time, string? Text, IReadOnlyList<string> Buttons, IReadOnlyList<string> Files)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static TranscriptLine? From(TranscriptEntry entry)
    {
        var activity = ActivityJson.Deserialize(entry.Json);
        if (activity is null)
        {
            return null;
        }

        var time = entry.Timestamp.ToOffset(ChinaOffset).ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var buttons = activity.SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
        var files = activity.Attachments?.Select(a => a.Name ?? a.ContentType ?? "文件").ToList() ?? [];
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                return new TranscriptLine(entry.Seq, "system", "系统", time, "会话开始", [], []);
            case ActivityTypes.Event when activity.Name == EscalationMiddleware.HandoffInitiate:
                var reasons = activity.Value is { } v && v.TryGetProperty("reasons", out var r)
                    ? string.Join("、", r.EnumerateArray().Select(x => HandoffReasons.Label(x.GetString() ?? string.Empty)).Distinct(StringComparer.Ordinal))
                    : string.Empty;
                return new TranscriptLine(entry.Seq, "system", "系统", time, "请求转人工：" + reasons, [], []);
            case ActivityTypes.Event when activity.Name == HandoffService.ReleaseEventName:
                return new TranscriptLine(entry.Seq, "system", "系统", time, "已交还机器人", [], []);
            case ActivityTypes.Message:
                break;
            default:
                return null;
        }

        if (entry.Inbound)
        {
            return new TranscriptLine(entry.Seq, "worker", "工人", time, activity.Text, [], files);
        }

        var staff = activity.From?.Id?.StartsWith(HandoffService.StaffIdPrefix, StringComparison.Ordinal) == true;
        return new TranscriptLine(entry.Seq, staff ? "staff" : "bot", staff ? activity.From!.Name ?? "工作人员" : "机器人", time, activity.Text, buttons, files);
    }
}
