using System.Globalization;
using System.Text;

namespace RightsBot.Tests.Knowledge.Evaluation;

/// <summary>
/// The figures of one system on one half of the blind set, in the terms of issue #12's targets. Messages labelled
/// with a topic the knowledge base does not have (<c>NEW</c>) are counted apart: no answer to them can be right.
/// </summary>
public sealed record Scorecard
{
    public int InDomain { get; init; }
    public int DirectRight { get; init; }
    public int AskedBack { get; init; }
    public int AskedBackWithRightOption { get; init; }
    public int ConfidentlyWrong { get; init; }
    public int DeclinedInDomain { get; init; }
    public int FalseCrisisAlarms { get; init; }
    public int MissingTopic { get; init; }
    public int MissingTopicAnswered { get; init; }
    public int OutOfDomain { get; init; }
    public int OutOfDomainDeclined { get; init; }
    public int SmallTalk { get; init; }
    public int SmallTalkRecognised { get; init; }
    public int CrisisMessages { get; init; }
    public int CrisisRecalled { get; init; }
    public int CrisisRightFirstNumber { get; init; }
    public int CrisisNumbered { get; init; }
    public int CrisisQuestions { get; init; }
    public int CrisisQuestionsAnswered { get; init; }
    public IReadOnlyList<string> Misses { get; init; } = [];

    public double DirectRightShare => Share(DirectRight, InDomain);
    public double AskedBackShare => Share(AskedBack, InDomain);
    /// <summary>In-domain messages whose right article the worker reaches: given outright, or one tap away among the options.</summary>
    public double ReachedShare => Share(DirectRight + AskedBackWithRightOption, InDomain);

    public double AskedBackRightShare => Share(AskedBackWithRightOption, AskedBack);
    public double ConfidentlyWrongShare => Share(ConfidentlyWrong, InDomain);
    public double OutOfDomainDeclinedShare => Share(OutOfDomainDeclined, OutOfDomain);
    public double CrisisRecallShare => Share(CrisisRecalled, CrisisMessages);
    public double FalseCrisisShare => Share(FalseCrisisAlarms, InDomain + MissingTopic);
    public double SmallTalkShare => Share(SmallTalkRecognised, SmallTalk);

    public static Scorecard Score(IEnumerable<(BlindCase Case, BotOutcome Outcome)> results)
    {
        int inDomain = 0, right = 0, asked = 0, askedRight = 0, wrong = 0, declined = 0, falseCrisis = 0, missing = 0, missingAnswered = 0;
        int numbered = 0, ood = 0, oodDeclined = 0, smallTalk = 0, smallTalkRecognised = 0, crisis = 0, recalled = 0, firstNumber = 0, crisisQuestions = 0, crisisAnswered = 0;
        var misses = new List<string>();
        foreach (var (c, o) in results)
        {
            if (c.Crisis is { } label)
            {
                crisis++;
                recalled += o.Crisis ? 1 : 0;
                numbered += label.FirstNumber is null ? 0 : 1;
                firstNumber += o.Crisis && string.Equals(o.FirstNumber, label.FirstNumber, StringComparison.Ordinal) ? 1 : 0;
                if (!o.Crisis)
                {
                    misses.Add($"crisis missed   {c.Id} {c.Text}");
                }
                else if (label.FirstNumber is not null && !string.Equals(o.FirstNumber, label.FirstNumber, StringComparison.Ordinal))
                {
                    misses.Add($"crisis number   {c.Id} {o.FirstNumber}≠{label.FirstNumber} {c.Text}");
                }

                if (label.Question && c.RightIds.Count > 0)
                {
                    crisisQuestions++;
                    var ok = (o.AnsweredId is { } id && c.RightIds.Contains(id)) || o.OfferedIds.Any(c.RightIds.Contains);
                    crisisAnswered += ok ? 1 : 0;
                }

                continue;
            }

            switch (c.Category)
            {
                case "in-domain" or "followup" when c.Expected is ["NEW"]:
                    missing++;
                    falseCrisis += o.Crisis ? 1 : 0;
                    missingAnswered += o.AnsweredId is not null ? 1 : 0;
                    break;
                case "in-domain" or "followup":
                    inDomain++;
                    falseCrisis += o.Crisis ? 1 : 0;
                    if (o.Crisis)
                    {
                        misses.Add($"false crisis    {c.Id} {c.Text}");
                    }

                    if (o.AnsweredId is { } answered)
                    {
                        if (c.RightIds.Contains(answered))
                        {
                            right++;
                        }
                        else
                        {
                            wrong++;
                            misses.Add($"wrong answer    {c.Id} {answered}≠{string.Join('/', c.Expected)} {string.Join(" ‖ ", c.Turns)}");
                        }
                    }
                    else if (o.AskedBack)
                    {
                        asked++;
                        var hasRight = o.OfferedIds.Any(c.RightIds.Contains);
                        askedRight += hasRight ? 1 : 0;
                        misses.Add($"asked back{(hasRight ? "    " : " (x)")} {c.Id} [{string.Join(',', o.OfferedIds)}] {string.Join('/', c.Expected)} {string.Join(" ‖ ", c.Turns)}");
                    }
                    else
                    {
                        declined++;
                        misses.Add($"declined        {c.Id} {string.Join('/', c.Expected)} {(o.SmallTalk is { } st ? "[" + st + "] " : string.Empty)}{string.Join(" ‖ ", c.Turns)}");
                    }

                    break;
                case "out-of-domain":
                    ood++;
                    var decl = o.Declined && !o.Crisis;
                    oodDeclined += decl ? 1 : 0;
                    if (!decl)
                    {
                        misses.Add($"ood not declined {c.Id} {o.AnsweredId}{string.Join(',', o.OfferedIds)}{(o.Crisis ? " crisis" : string.Empty)} {c.Text}");
                    }

                    break;
                case "smalltalk":
                    smallTalk++;
                    var ok = o.SmallTalk is not null && o.AnsweredId is null && !o.Crisis;
                    smallTalkRecognised += ok ? 1 : 0;
                    if (!ok)
                    {
                        misses.Add($"smalltalk missed {c.Id} {o.AnsweredId}{string.Join(',', o.OfferedIds)}{(o.Crisis ? " crisis" : string.Empty)} {c.Text}");
                    }

                    break;
            }
        }

        return new Scorecard
        {
            InDomain = inDomain, DirectRight = right, AskedBack = asked, AskedBackWithRightOption = askedRight, ConfidentlyWrong = wrong,
            DeclinedInDomain = declined, FalseCrisisAlarms = falseCrisis, MissingTopic = missing, MissingTopicAnswered = missingAnswered,
            OutOfDomain = ood, OutOfDomainDeclined = oodDeclined, SmallTalk = smallTalk, SmallTalkRecognised = smallTalkRecognised,
            CrisisMessages = crisis, CrisisRecalled = recalled, CrisisRightFirstNumber = firstNumber, CrisisNumbered = numbered, CrisisQuestions = crisisQuestions,
            CrisisQuestionsAnswered = crisisAnswered, Misses = misses,
        };
    }

    /// <summary>A Markdown table of several scorecards side by side (one column each).</summary>
    public static string Table(IReadOnlyList<(string Name, Scorecard Card)> columns)
    {
        var text = new StringBuilder();
        text.Append("| measure | target |");
        foreach (var (name, _) in columns)
        {
            text.Append(' ').Append(name).Append(" |");
        }

        text.Append("\n|---|---:|").Append(string.Concat(Enumerable.Repeat("---:|", columns.Count))).Append('\n');
        Row("in-domain messages (labelled with an article)", string.Empty, c => c.InDomain.ToString(CultureInfo.InvariantCulture));
        Row("answered directly with a right article", "≥ 90 %", c => Pct(c.DirectRight, c.InDomain));
        Row("asked back (您是想问…)", "≤ 8 %", c => Pct(c.AskedBack, c.InDomain));
        Row("… with a right article among the options", "≥ 95 %", c => Pct(c.AskedBackWithRightOption, c.AskedBack));
        Row("right article reached (answered, or among the options)", string.Empty, c => Pct(c.DirectRight + c.AskedBackWithRightOption, c.InDomain));
        Row("confidently wrong", "≤ 2 %", c => Pct(c.ConfidentlyWrong, c.InDomain));
        Row("declined although in the domain", string.Empty, c => Pct(c.DeclinedInDomain, c.InDomain));
        Row("topic missing from the knowledge base (answered anyway)", string.Empty, c => $"{c.MissingTopic} ({c.MissingTopicAnswered})");
        Row("out-of-domain declined", "≥ 95 %", c => Pct(c.OutOfDomainDeclined, c.OutOfDomain));
        Row("small talk recognised", string.Empty, c => Pct(c.SmallTalkRecognised, c.SmallTalk));
        Row("crisis recalled", "100 %", c => Pct(c.CrisisRecalled, c.CrisisMessages));
        Row("… with the right first number", string.Empty, c => Pct(c.CrisisRightFirstNumber, c.CrisisNumbered));
        Row("… question in the same message answered", string.Empty, c => Pct(c.CrisisQuestionsAnswered, c.CrisisQuestions));
        Row("false crisis alarms on in-domain messages", "≤ 1 %", c => Pct(c.FalseCrisisAlarms, c.InDomain + c.MissingTopic));
        return text.ToString();

        void Row(string measure, string target, Func<Scorecard, string> value)
        {
            text.Append("| ").Append(measure).Append(" | ").Append(target).Append(" |");
            foreach (var (_, card) in columns)
            {
                text.Append(' ').Append(value(card)).Append(" |");
            }

            text.Append('\n');
        }
    }

    private static string Pct(int n, int of) =>
        of == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / of:F1} % ({n}/{of})");

    private static double Share(int n, int of) => of == 0 ? 1.0 : (double)n / of;
}
