using System.Text;
using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Search;
using RightsBot.Knowledge.SmallTalk;
using RightsBot.Localization;
using RightsBot.Model;
using RightsBot.Turns;

namespace RightsBot.Answers;

/// <summary>
/// Answers from the curated knowledge base only. Confident: the article's short answer, steps and citations, with
/// related questions and feedback buttons. Uncertain: "您是想问…" with the top three. Otherwise an honest "I can't
/// answer this" with the hotlines (or, when the worker is only upset, a kind word): never a wrong article presented as
/// the answer. The previous question is passed along, so a follow-up is read in its light.
/// </summary>
public sealed class KnowledgeAnswerService(IKnowledgeSearch search, IAnswerPhraser phraser, IServiceProvider services) : IAnswerService
{
    public const int MaxRelated = 3;
    public const int MaxCitationsShown = 3;
    public const int MaxSuggestions = 3;

    /// <summary>At or above this probability of small talk (the classifier's), a message nothing answers gets a kind word.</summary>
    public const float SmallTalkProbability = 0.5f;

    public async Task AnswerAsync(TurnContext turn, string question, AnswerMode mode, CancellationToken ct)
    {
        var options = new KnowledgeSearchOptions { MaxHits = MaxSuggestions, Previous = PreviousTurn(turn) };
        var result = await search.SearchAsync(question, options, ct);
        if (result.Band == AnswerBand.Uncertain && phraser.IsAvailable && await phraser.RewriteQuestionAsync(question, ct) is { } rewritten)
        {
            // A messy question the model put into plain words; only a confident match on the rewrite is taken, and only
            // for questions the knowledge base half-recognised (never for messages outside its domain).
            // The rewrite may only choose among the articles the original message already pointed to.
            var second = await search.SearchAsync(rewritten, options with { Previous = null }, ct);
            var offered = result.Hits.Select(h => h.Article.Id).ToHashSet(StringComparer.Ordinal);
            result = second.Band == AnswerBand.Confident && offered.Contains(second.Top!.Article.Id) ? second : result;
        }

        switch (result.Band)
        {
            case AnswerBand.Confident:
                var phrased = phraser.IsAvailable ? await phraser.PhraseAsync(question, [result.Top!.Article], ct) : null;
                SendArticle(turn, result.Top!.Article, result.Top.Confidence, question, phrased);
                break;
            case AnswerBand.Uncertain when mode == AnswerMode.AfterCrisis && !AsksSomething(question):
            case AnswerBand.None when mode == AnswerMode.AfterCrisis:
                // After a crisis reply only a question the worker really asked gets more.
                break;
            case AnswerBand.Uncertain:
                SendSuggestions(turn, result.Hits, question);
                break;
            case AnswerBand.None when SmallTalkIn(result, question) is { } kind:
                // Nothing fits, but it is conversation (a greeting in other words, the worker upset or angry): a kind
                // word and the menu, not a refusal.
                SendSmallTalk(turn, kind);
                break;
            default:
                await RecordAsync(question, UnansweredReason.NoAnswer, null, ct);
                turn.Send(Activity.BotMessage(BotText.OutsideScope, [CardAction.ImBack(BotText.MenuPerson), CardAction.ImBack(BotText.MenuAsk)]) with
                {
                    ChannelData = AnswerChannelData.For(new AnswerMarker { Kind = AnswerKinds.Decline }),
                });
                turn.DialogState.LastAnswer = null;
                break;
        }
    }

    /// <summary>A short kind reply to small talk, with the menu; never recorded for the curators.</summary>
    public void SendSmallTalk(TurnContext turn, SmallTalkKind kind)
    {
        var text = kind switch
        {
            SmallTalkKind.Greeting => BotText.SmallTalkGreeting,
            SmallTalkKind.Thanks => BotText.SmallTalkThanks,
            SmallTalkKind.Goodbye => BotText.SmallTalkGoodbye,
            SmallTalkKind.Identity => BotText.SmallTalkIdentity,
            SmallTalkKind.Confusion => BotText.SmallTalkConfusion,
            SmallTalkKind.Venting => BotText.SmallTalkVenting,
            SmallTalkKind.Insult => BotText.SmallTalkInsult,
            _ => BotText.SmallTalkAcknowledgement,
        };
        turn.Send(Activity.BotMessage(text, Dialogs.Flows.RootHandler.MenuButtons) with
        {
            ChannelData = AnswerChannelData.For(new AnswerMarker { Kind = AnswerKinds.SmallTalk, SmallTalk = SmallTalkName(kind) }),
        });
    }

    /// <summary>The name of a small-talk kind in markers and <c>ask --json</c> (greeting, thanks, …).</summary>
    public static string SmallTalkName(SmallTalkKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Gives <paramref name="article"/> as the answer (also used when a worker picks a suggestion).</summary>
    public void SendArticle(TurnContext turn, KnowledgeArticle article, double confidence, string question, PhrasedAnswer? phrased = null)
    {
        var buttons = article.Related
            .Select(id => search.Knowledge.Find(id))
            .OfType<KnowledgeArticle>()
            .Take(MaxRelated)
            .Select(a => CardAction.ImBack(a.Title))
            .Append(CardAction.ImBack(BotText.Helpful))
            .Append(CardAction.ImBack(BotText.NotHelpful))
            .ToList();
        var marker = new AnswerMarker
        {
            Kind = AnswerKinds.Answer,
            ArticleId = article.Id,
            Confidence = Math.Round(confidence, 3),
            Citations = [.. article.Citations.Select(c => c.ToString())],
        };
        turn.Send(Activity.BotMessage(phrased is null ? Format(article) : FormatPhrased(phrased, article)) with { ChannelData = AnswerChannelData.For(marker) });
        turn.SendText(BotText.RelatedPrompt, buttons);
        turn.DialogState.LastAnswer = new LastAnswer(article.Id, SensitiveDataMasker.MaskForTranscript(question));
    }

    private void SendSuggestions(TurnContext turn, IReadOnlyList<KnowledgeHit> hits, string question)
    {
        var offered = hits.Take(MaxSuggestions).Select(h => h.Article).ToList();
        var buttons = offered.Select(a => CardAction.ImBack(a.Title)).Append(CardAction.ImBack(BotText.NoneOfThese)).ToList();
        turn.Send(Activity.BotMessage(BotText.DidYouMean, buttons, InputHints.ExpectingInput) with
        {
            ChannelData = AnswerChannelData.For(new AnswerMarker { Kind = AnswerKinds.Suggestions, Options = [.. offered.Select(a => new SuggestedArticle(a.Id, a.Title))] }),
        });
        turn.DialogState.LastAnswer = new LastAnswer(null, SensitiveDataMasker.MaskForTranscript(question));
    }

    // The classifier's small talk when it is sure of it, else a feeling the detector names (委屈死了, 你们有啥用).
    private static SmallTalkKind? SmallTalkIn(KnowledgeSearchResult result, string question) =>
        result.Signals is { SmallTalk: { } learned, SmallTalkProbability: >= SmallTalkProbability } ? learned : SmallTalkDetector.DetectFeeling(question);

    // A question mark or a question word: after a crisis reply, only then are suggestions worth showing.
    private static bool AsksSomething(string text)
    {
        var folded = ChineseText.Normalize(text);
        return text.Contains('?') || text.Contains('？') || QuestionWords.Any(w => folded.Contains(w, StringComparison.Ordinal))
            || (folded.Length > 0 && "不没冇么呢嘛".Contains(folded[^1], StringComparison.Ordinal));
    }

    private static readonly string[] QuestionWords =
        ["吗", "咋", "怎么", "怎样", "如何", "能不能", "可不可以", "行不行", "是不是", "找谁", "哪里", "哪儿", "哪个", "多少", "多久", "什么", "啥", "点算", "点样", "咩", "有没有", "算不算"];

    // The worker's previous question and the article it got, so that "那要是没签合同呢" is read in its light.
    private static PreviousTurn? PreviousTurn(TurnContext turn) =>
        turn.DialogState.LastAnswer is { } last ? new PreviousTurn(last.Question, last.ArticleId) : null;

    /// <summary>Handles 有帮助 / 没帮助 / 都不是 after an answer; false when the message is not feedback.</summary>
    public async Task<bool> TryHandleFeedbackAsync(TurnContext turn, string text, CancellationToken ct)
    {
        var last = turn.DialogState.LastAnswer;
        var said = ChineseText.Normalize(text);
        if (last is null)
        {
            return false;
        }

        if (string.Equals(said, BotText.Helpful, StringComparison.Ordinal) && last.ArticleId is not null)
        {
            turn.DialogState.LastAnswer = null;
            turn.SendText(BotText.ThanksHelpful, Dialogs.Flows.RootHandler.MenuButtons);
            return true;
        }

        if (string.Equals(said, BotText.NotHelpful, StringComparison.Ordinal) && last.ArticleId is not null)
        {
            await RecordAsync(last.Question, UnansweredReason.NotHelpful, last.ArticleId, ct);
            turn.DialogState.LastAnswer = null;
            turn.SendText(BotText.SorryNotHelpful + BotText.OutsideScope, [CardAction.ImBack(BotText.MenuPerson), CardAction.ImBack(BotText.MenuAsk)]);
            return true;
        }

        if (string.Equals(said, BotText.NoneOfThese, StringComparison.Ordinal) && last.ArticleId is null)
        {
            await RecordAsync(last.Question, UnansweredReason.NoneOfSuggestions, null, ct);
            turn.DialogState.LastAnswer = null;
            turn.SendText(BotText.OutsideScope, [CardAction.ImBack(BotText.MenuPerson), CardAction.ImBack(BotText.MenuAsk)]);
            return true;
        }

        // A click on a suggested title gives that article as the answer.
        if (last.ArticleId is null && search.Knowledge.Articles.FirstOrDefault(a => string.Equals(ChineseText.Normalize(a.Title), said, StringComparison.Ordinal)) is { } picked)
        {
            SendArticle(turn, picked, 1.0, last.Question);
            return true;
        }

        return false;
    }

    /// <summary>A model-phrased answer: its text, the article's citations, and one line saying an AI phrased it.</summary>
    internal static string FormatPhrased(PhrasedAnswer phrased, KnowledgeArticle article)
    {
        var text = new StringBuilder(phrased.Text).Append("\n\n").Append(BotText.CitationsHeading);
        foreach (var citation in article.Citations.Take(MaxCitationsShown))
        {
            text.Append('\n').Append(citation);
        }

        return text.Append("\n\n").Append(BotText.PhrasedByModel).ToString();
    }

    internal static string Format(KnowledgeArticle article)
    {
        var text = new StringBuilder();
        text.Append(article.ShortAnswer).Append("\n\n").Append(BotText.StepsHeading);
        for (var i = 0; i < article.Steps.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(article.Steps[i]);
        }

        text.Append("\n\n").Append(BotText.CitationsHeading);
        foreach (var citation in article.Citations.Take(MaxCitationsShown))
        {
            text.Append('\n').Append(citation);
        }

        if (article.Citations.Count > MaxCitationsShown)
        {
            text.Append('\n').Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, BotText.MoreCitations, article.Citations.Count - MaxCitationsShown));
        }

        if (article.Notes is { Length: > 0 } notes)
        {
            text.Append("\n\n").Append(BotText.NotesHeading).Append(notes);
        }

        text.Append("\n\n").Append(BotText.Disclaimer);
        return text.ToString();
    }

    private async Task RecordAsync(string question, UnansweredReason reason, string? articleId, CancellationToken ct) =>
        await services.GetRequiredService<CuratorLog>().RecordAsync(question, reason, articleId, ct);
}
