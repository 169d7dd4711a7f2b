using System.Text.RegularExpressions;
using RightsBot.Knowledge.Documents;

namespace RightsBot.Model;

/// <summary>
/// Accepts a model's answer only if it cites given articles and nothing else, and mentions no law article, number of
/// days, amount or other figure that the given articles do not contain, and nothing that looks like leaked
/// instructions or other workers' data.
/// </summary>
public static partial class GroundingCheck
{
    private static readonly string[] Forbidden = ["系统提示", "system prompt", "指令", "instruction", "QX-", "KN-", "忽略", "ignore"];

    public static bool IsGrounded(string answer, IReadOnlyList<string> cited, IReadOnlyList<KnowledgeArticle> given)
    {
        if (string.IsNullOrWhiteSpace(answer) || answer.Length > 1000 || cited.Count == 0)
        {
            return false;
        }

        var ids = given.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (!cited.All(ids.Contains))
        {
            return false;
        }

        if (Forbidden.Any(f => answer.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var source = string.Join('\n', given.Select(a => string.Join('\n', [a.Title, a.ShortAnswer, .. a.Steps, a.Notes ?? string.Empty, .. a.Citations.Select(c => c.ToString())])));
        return Figures().Matches(answer).All(m => source.Contains(m.Value, StringComparison.Ordinal))
            && ArticleNumbers().Matches(answer).All(m => source.Contains(m.Value, StringComparison.Ordinal));
    }

    // Figures: digit runs (with decimals or %), and Chinese numerals followed by a unit.
    [GeneratedRegex(@"\d+(?:\.\d+)?%?|[零一二两三四五六七八九十百千万]+(?=[个天日年月倍元块%周小])", RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    [GeneratedRegex(@"第[0-9一二三四五六七八九十百零]+条", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumbers();
}
