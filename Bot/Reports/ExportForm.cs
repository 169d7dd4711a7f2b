using System.Globalization;
using RightsBot.Cases;

namespace RightsBot.Reports;

/// <summary>
/// An export's choices as text, from the console's form or the command line's options (a checkbox or flag that is set
/// reads <see cref="On"/>), and the one place that turns them into an <see cref="ExportFilter"/>.
/// </summary>
public sealed class ExportForm
{
    public const string On = "on";

    public string? From { get; set; }
    public string? To { get; set; }
    public string? Format { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? Industry { get; set; }
    public string? Status { get; set; }
    public string? Source { get; set; }
    public string? Type { get; set; }
    public string? IncludeDemo { get; set; }
    public string? Full { get; set; }
    public string? Reason { get; set; }
    public string? Period { get; set; }
    public string? Group { get; set; }
    public string? Publication { get; set; }

    /// <summary>The filter, or what is wrong with the text (in English, for API callers and the command line).</summary>
    public bool TryToFilter(out ExportFilter filter, out string? problem)
    {
        filter = new ExportFilter();
        problem = null;
        if (!TryDate(From, out var from) || !TryDate(To, out var to))
        {
            problem = "Dates are yyyy-MM-dd.";
            return false;
        }

        if (!TryEnum<CaseStatus>(Status, out var status))
        {
            problem = "Status is Registered, Accepted, Referred, Closed or Rejected.";
            return false;
        }

        if (!TryEnum<CaseSource>(Source, out var source))
        {
            problem = "Source is Web, Telegram, WeChat, Hotline or Other.";
            return false;
        }

        CaseType? type = null;
        switch (Type)
        {
            case null or "":
                break;
            case "hardship":
                type = CaseType.Hardship;
                break;
            case "wage-arrears":
                type = CaseType.WageArrears;
                break;
            default:
                problem = "Type is wage-arrears or hardship.";
                return false;
        }

        filter = new ExportFilter
        {
            From = from,
            To = to,
            Province = NullIfEmpty(Province),
            City = NullIfEmpty(City),
            Industry = NullIfEmpty(Industry),
            Status = status,
            Source = source,
            Type = type,
            IncludeDemo = IncludeDemo == On,
        };
        return true;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private static bool TryEnum<T>(string? text, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(text, out _))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
