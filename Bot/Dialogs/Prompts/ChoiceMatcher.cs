using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Localization;

namespace RightsBot.Dialogs.Prompts;

/// <summary>Finds which of a list of options a message means.</summary>
public static class ChoiceMatcher
{
    /// <summary>The index of the option meant, or null when none or several match.</summary>
    public static int? Match(string? text, IReadOnlyList<string> choices)
    {
        var said = ChineseText.Normalize(text);
        if (said.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var normalized = choices.Select(c => ChineseText.Normalize(c)).ToArray();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (string.Equals(normalized[i], said, StringComparison.Ordinal))
            {
                return i;
            }
        }

        if (TryOrdinal(said, out var ordinal) && ordinal >= 1 && ordinal <= choices.Count)
        {
            return ordinal - 1;
        }

        // "我要反映欠薪" contains exactly one option; "欠薪" is contained in exactly one option.
        int? hit = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i].Length == 0)
            {
                continue;
            }

            var contains = said.Contains(normalized[i], StringComparison.Ordinal)
                || (said.Length >= 2 && normalized[i].Contains(said, StringComparison.Ordinal));
            if (contains)
            {
                if (hit is not null)
                {
                    return null;
                }

                hit = i;
            }
        }

        return hit;
    }

    /// <summary>Reads "2", "２", "2号", "第二个" (already normalized) as a 1-based position.</summary>
    public static bool TryOrdinal(string said, out int ordinal)
    {
        ordinal = 0;
        var core = said;
        if (core.StartsWith('第'))
        {
            core = core[1..];
        }

        foreach (var suffix in new[] { "个", "项", "条", "号" })
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal))
            {
                core = core[..^suffix.Length];
                break;
            }
        }

        if (core.Length is 0 or > 3)
        {
            return false;
        }

        if (ChineseNumberRecognizer.TryRecognize(core, out var value) && value == decimal.Truncate(value) && value is > 0 and < 100)
        {
            ordinal = (int)value;
            return true;
        }

        return false;
    }
}
