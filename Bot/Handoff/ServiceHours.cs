using System.Globalization;
using Microsoft.Extensions.Options;

namespace RightsBot.Handoff;

/// <summary>Whether staff are on duty now, and when they are next.</summary>
public sealed class ServiceHours(IOptions<HandoffOptions> options)
{
    private readonly ServiceHoursOptions _hours = options.Value.ServiceHours;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.ServiceHours.TimeZone);

    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var time = local.TimeOfDay;
        return _hours.EffectiveDays.Contains(local.DayOfWeek) && time >= Opens && time < Closes;
    }

    /// <summary>The next opening after <paramref name="now"/> in local time (within two weeks).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        for (var day = 0; day < 14; day++)
        {
            var date = local.Date.AddDays(day);
            if (!_hours.EffectiveDays.Contains(date.DayOfWeek))
            {
                continue;
            }

            var opening = new DateTimeOffset(date + Opens, _zone.GetUtcOffset(date + Opens));
            if (opening > local || (day == 0 && IsOpen(now)))
            {
                return opening;
            }
        }

        return local;
    }

    /// <summary>"明天（周二）9:00" style wording for the next opening.</summary>
    public string DescribeNextOpening(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var next = NextOpening(now);
        var days = (next.Date - local.Date).Days;
        var weekday = "日一二三四五六"[(int)next.DayOfWeek];
        var when = days switch
        {
            0 => "今天",
            1 => $"明天（周{weekday}）",
            2 => $"后天（周{weekday}）",
            _ => $"{next.Month}月{next.Day}日（周{weekday}）",
        };
        return when + next.ToString("H:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>"周一至周五 9:00–17:30" style wording.</summary>
    public string Describe()
    {
        var days = _hours.EffectiveDays.Order().ToList();
        string Name(DayOfWeek d) => "周" + "日一二三四五六"[(int)d];
        var dayText = days.Count == 7 ? "每天"
            : days.SequenceEqual([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]) ? "周一至周五"
            : string.Join('、', days.Select(Name));
        return $"{dayText} {Opens.ToString(@"h\:mm", CultureInfo.InvariantCulture)}–{_hours.Closes}";
    }

    private TimeSpan Opens => TimeSpan.ParseExact(_hours.Opens, @"hh\:mm", CultureInfo.InvariantCulture);

    private TimeSpan Closes => _hours.Closes == "24:00" ? TimeSpan.FromDays(1) : TimeSpan.ParseExact(_hours.Closes, @"hh\:mm", CultureInfo.InvariantCulture);
}
