using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RightsBot.Knowledge.Safety;

namespace RightsBot.Cases.Triage;

/// <summary>
/// Marks a case serious, with its reasons: many workers, a large amount, violence or threats, injury, an employer who
/// absconded, an arbitration deadline close by, or what happened in the conversation (crisis words, prompts that gave
/// up, a request for a person).
/// </summary>
public sealed partial class TriageRules(IOptions<TriageOptions> options, CrisisDetector crisis)
{
    public IReadOnlyList<string> Evaluate(CaseDraft draft, DateOnly today, IEnumerable<string> conversationFlags)
    {
        var o = options.Value;
        var reasons = new List<string>();
        if (draft.WorkersAffected >= o.MinWorkers)
        {
            reasons.Add("workers");
        }

        if ((draft.AmountOwedHigh ?? draft.AmountOwedLow) >= o.MinAmount)
        {
            reasons.Add("amount");
        }

        var story = string.Join(' ', new[] { draft.Employer, draft.ProjectName, draft.Foreman, draft.Wants, draft.ComplainedTo, draft.HardshipReason, draft.Job }.Where(s => s is not null));
        var danger = crisis.Assess(story);
        if (danger.Kinds.Contains(CrisisKind.Violence) || danger.Kinds.Contains(CrisisKind.Held))
        {
            reasons.Add("violence");
        }

        if (danger.Kinds.Contains(CrisisKind.Injury) || (draft.HardshipReason?.Contains("受伤", StringComparison.Ordinal) ?? false))
        {
            reasons.Add("injury");
        }

        if (Absconded().IsMatch(story))
        {
            reasons.Add("absconded");
        }

        if (!draft.StillWorking && draft.WorkedTo is { } left && left.AddYears(1).DayNumber - today.DayNumber <= o.ArbitrationDeadlineDays)
        {
            reasons.Add("arbitration-deadline");
        }

        foreach (var flag in conversationFlags)
        {
            var code = flag.StartsWith("crisis", StringComparison.Ordinal) ? "crisis" : flag;
            if (code is "crisis" or "prompt-gave-up" or "asked-for-person" && !reasons.Contains(code))
            {
                reasons.Add(code);
            }
        }

        return reasons;
    }

    [GeneratedRegex("跑路|跑了|失联|联系不上|找不到人|人找不到|玩消失|逃跑|逃匿|电话打不通|拉黑|不见人", RegexOptions.CultureInvariant)]
    private static partial Regex Absconded();
}
