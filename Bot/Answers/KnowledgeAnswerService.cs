using System.Text;
using System.Text.Json;
using RightsBot.Activities;
using RightsBot.Dialogs;
using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Search;
using RightsBot.Localization;
using RightsBot.Model;
using RightsBot.Turns;

namespace RightsBot.Answers;

/// <summary>
/// Answers from the curated knowledge base only. Confident: the article's short answer, steps and citations, with
/// related questions and feedback buttons. Uncertain: "您是想问…" with the top three. Otherwise an honest "I can't
/// answer this" with the hotlines: never a wrong article presented as the answer.
/// </summary>
public sealed class KnowledgeAnswerService(IKnowledgeSearch search, IAnswerPhraser phraser, IServiceProvider services) : IAnswerService
{
    public const int MaxRelated = 3;
    public const int MaxCitationsShown = 3;

    public async Task AnswerAsync(TurnContext turn, string question, AnswerMode mode, CancellationToken ct)
    {
        var result = await search.SearchAsync(question, new KnowledgeSearchOptions { MaxHits = 3 }, ct);
        if (result.Band == AnswerBand.Uncertain && phraser.IsAvailable && await phraser.RewriteQuestionAsync(question, ct) is { } rewritten)
        {
            // A messy question the model put into plain words; only a confident match on the rewrite is taken, and only
            // for questions the knowledge base half-recognised (never for messages outside its domain).
            // The rewrite may only choose among the articles the original message already pointed to.
            var second = await search.SearchAsync(rewritten, new KnowledgeSearchOptions { MaxHits = 3 }, ct);
            var offered = result.Hits.Select(h => h.Article.Id).ToHashSet(StringComparer.Ordinal);
            result = second.Band == AnswerBand.Confident && offered.Contains(second.Top!.Article.Id) ? second : result;
        }

        if (mode == AnswerMode.ConfidentOnly && result.Band != AnswerBand.Confident)
        {
            return;
        }

        switch (result.Band)
        {
            case AnswerBand.Confident:
                var phrased = phraser.IsAvailable ? await phraser.PhraseAsync(question, [result.Top!.Article], ct) : null;
                SendArticle(turn, result.Top!.Article, result.Top.Confidence, question, phrased);
                break;
            case AnswerBand.Uncertain:
                var titles = result.Hits.Select(h => h.Article.Title).Append(BotText.NoneOfThese).Select(CardAction.ImBack).ToList();
                turn.SendText(BotText.DidYouMean, titles, InputHints.ExpectingInput);
                turn.DialogState.LastAnswer = new LastAnswer(null, question);
                break;
            default:
                await RecordAsync(question, UnansweredReason.NoAnswer, null, ct);
                turn.SendText(BotText.OutsideScope, [CardAction.ImBack(BotText.MenuPerson), CardAction.ImBack(BotText.MenuAsk)]);
                turn.DialogState.LastAnswer = null;
                break;
        }
    }

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
        var marker = new AnswerChannelData(new AnswerMarker(article.Id, Math.Round(confidence, 3), [.. article.Citations.Select(c => c.ToString())]));
        turn.Send(Activity.BotMessage(phrased is null ? Format(article) : FormatPhrased(phrased, article)) with
        {
            ChannelData = JsonSerializer.SerializeToElement(marker, AnswerJsonContext.Default.AnswerChannelData),
        });
        turn.SendText(BotText.RelatedPrompt, buttons);
        turn.DialogState.LastAnswer = new LastAnswer(article.Id, question);
    }

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
