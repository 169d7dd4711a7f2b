using System.Globalization;
using System.Text.RegularExpressions;
using RightsBot.Knowledge.Indexing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RightsBot.Knowledge.Documents;

/// <summary>
/// Reads <c>Content/</c> (articles, <c>laws.yaml</c>, <c>synonyms.txt</c>) and checks it: every problem is reported
/// with its file and line, and only articles without problems are loaded.
/// </summary>
public static partial class ContentLoader
{
    /// <summary>The most characters a short answer may have.</summary>
    public const int MaxShortAnswerLength = 120;

    /// <summary>The fewest question variants an article may have.</summary>
    public const int MinVariants = 8;

    /// <summary>Loads and validates everything under <paramref name="contentDirectory"/>.</summary>
    public static (KnowledgeBase Knowledge, IReadOnlyList<ContentProblem> Problems) Load(string contentDirectory)
    {
        var problems = new List<ContentProblem>();
        var laws = LoadLaws(Path.Combine(contentDirectory, "laws.yaml"), problems);
        var synonyms = LoadSynonyms(Path.Combine(contentDirectory, "synonyms.txt"), problems);
        var lawsByName = laws.GroupBy(l => l.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var articlesDirectory = Path.Combine(contentDirectory, "articles");
        var files = Directory.Exists(articlesDirectory)
            ? Directory.GetFiles(articlesDirectory, "*.md").Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            problems.Add(new ContentProblem(articlesDirectory, 0, "no articles found"));
        }

        var parsed = new List<(KnowledgeArticle Article, ArticleSource Source)>();
        var faulty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var before = problems.Count;
            if (ParseArticle(file, File.ReadAllText(file), lawsByName, problems) is { } result)
            {
                parsed.Add(result);
            }

            if (problems.Count > before)
            {
                faulty.Add(file);
            }
        }

        var valid = CrossCheck(parsed, problems).Where(a => !faulty.Contains(a.SourcePath)).ToList();
        var training = LoadTraining(Path.Combine(contentDirectory, "training"), problems);
        return (new KnowledgeBase(valid, laws, synonyms) { Training = training }, problems);
    }

    private static List<KnowledgeArticle> CrossCheck(List<(KnowledgeArticle Article, ArticleSource Source)> parsed, List<ContentProblem> problems)
    {
        var bad = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in parsed.GroupBy(p => p.Article.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (article, source) in group)
            {
                problems.Add(new ContentProblem(article.SourcePath, source.LineOf("id:"), $"duplicate id {article.Id}"));
                bad.Add(article.SourcePath);
            }
        }

        var variantOwners = new Dictionary<string, (KnowledgeArticle Article, ArticleSource Source, string Variant)>(StringComparer.Ordinal);
        foreach (var (article, source) in parsed)
        {
            foreach (var variant in article.Variants)
            {
                var key = TextNormalizer.Fold(variant);
                if (variantOwners.TryGetValue(key, out var owner) && !string.Equals(owner.Article.Id, article.Id, StringComparison.Ordinal))
                {
                    problems.Add(new ContentProblem(article.SourcePath, source.LineOf(variant), $"variant \"{variant}\" is also a variant of {owner.Article.Id}"));
                    bad.Add(article.SourcePath);
                }
                else
                {
                    variantOwners[key] = (article, source, variant);
                }
            }
        }

        var ids = parsed.Select(p => p.Article.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (article, source) in parsed)
        {
            foreach (var related in article.Related)
            {
                if (string.Equals(related, article.Id, StringComparison.Ordinal))
                {
                    problems.Add(new ContentProblem(article.SourcePath, source.LineOf("related:"), "an article cannot be related to itself"));
                    bad.Add(article.SourcePath);
                }
                else if (!ids.Contains(related))
                {
                    problems.Add(new ContentProblem(article.SourcePath, source.LineOf("related:"), $"related article {related} does not exist"));
                    bad.Add(article.SourcePath);
                }
            }
        }

        return [.. parsed.Where(p => !bad.Contains(p.Article.SourcePath)).Select(p => p.Article)];
    }

    private static (KnowledgeArticle, ArticleSource)? ParseArticle(string file, string text, Dictionary<string, LawEntry> laws, List<ContentProblem> problems)
    {
        var source = new ArticleSource(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        var lines = source.Lines;
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            problems.Add(new ContentProblem(file, 1, "missing front matter (the file must start with ---)"));
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            problems.Add(new ContentProblem(file, 1, "front matter is not closed with ---"));
            return null;
        }

        YamlMappingNode front;
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(string.Join('\n', lines[1..end])));
            front = yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode map ? map : new YamlMappingNode();
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(file, (int)ex.Start.Line + 1, $"front matter is not valid YAML: {ex.Message}"));
            return null;
        }

        string? Scalar(string key) => front.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value?.Trim() : null;
        List<string> Sequence(string key) => front.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty).Where(s => s.Length > 0)]
            : [];

        var id = Scalar("id");
        var title = Scalar("title");
        var category = Scalar("category");
        var reviewedText = Scalar("reviewed");
        var variants = Sequence("variants");
        var related = Sequence("related");

        void Require(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new ContentProblem(file, source.LineOf(key + ":", fallback: 1), $"missing field '{key}'"));
            }
        }

        Require(id, "id");
        Require(title, "title");
        Require(category, "category");
        Require(reviewedText, "reviewed");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            problems.Add(new ContentProblem(file, source.LineOf("id:"), $"id '{id}' does not look like KB-XX-00"));
        }

        if (id is not null && !string.Equals(Path.GetFileNameWithoutExtension(file), id, StringComparison.Ordinal))
        {
            problems.Add(new ContentProblem(file, source.LineOf("id:"), $"file name should be {id}.md"));
        }

        var reviewed = DateOnly.MinValue;
        if (reviewedText is not null && !DateOnly.TryParseExact(reviewedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
        {
            problems.Add(new ContentProblem(file, source.LineOf("reviewed:"), $"reviewed '{reviewedText}' is not a yyyy-MM-dd date"));
        }

        if (variants.Count < MinVariants)
        {
            problems.Add(new ContentProblem(file, source.LineOf("variants:", fallback: 1), $"only {variants.Count} question variants; at least {MinVariants} are needed"));
        }

        foreach (var dup in variants.GroupBy(TextNormalizer.Fold, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new ContentProblem(file, source.LineOf(dup.First()), $"variant \"{dup.First()}\" appears twice"));
        }

        var sections = ReadSections(lines, end + 1);
        var shortAnswer = sections.Text("简答");
        if (shortAnswer is null)
        {
            problems.Add(new ContentProblem(file, end + 2, "missing section '## 简答'"));
        }
        else if (shortAnswer.Length == 0)
        {
            problems.Add(new ContentProblem(file, sections.LineOf("简答"), "the short answer is empty"));
        }
        else if (shortAnswer.Length > MaxShortAnswerLength)
        {
            problems.Add(new ContentProblem(file, sections.LineOf("简答"), $"the short answer has {shortAnswer.Length} characters; at most {MaxShortAnswerLength}"));
        }

        var steps = sections.Items("怎么做", numbered: true);
        if (sections.Text("怎么做") is null)
        {
            problems.Add(new ContentProblem(file, end + 2, "missing section '## 怎么做'"));
        }
        else if (steps.Count == 0)
        {
            problems.Add(new ContentProblem(file, sections.LineOf("怎么做"), "no numbered steps under '## 怎么做'"));
        }

        var citations = new List<Citation>();
        if (sections.Text("依据") is null)
        {
            problems.Add(new ContentProblem(file, end + 2, "missing section '## 依据': every answer needs a citation"));
        }
        else
        {
            var citationLines = sections.ItemsWithLines("依据");
            if (citationLines.Count == 0)
            {
                problems.Add(new ContentProblem(file, sections.LineOf("依据"), "no citation under '## 依据'"));
            }

            foreach (var (line, lineNumber) in citationLines)
            {
                if (ParseCitation(line, laws) is { } citation)
                {
                    citations.Add(citation);
                }
                else
                {
                    problems.Add(new ContentProblem(file, lineNumber, CitationProblem(line, laws)));
                }
            }
        }

        var notes = sections.Text("注意");
        var article = new KnowledgeArticle
        {
            Id = id ?? string.Empty,
            Title = title ?? string.Empty,
            Category = category ?? string.Empty,
            Variants = variants,
            ShortAnswer = shortAnswer ?? string.Empty,
            Steps = steps,
            Citations = citations,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes,
            Related = related,
            Reviewed = reviewed,
            SourcePath = file,
        };
        return (article, source);
    }

    private static Citation? ParseCitation(string line, Dictionary<string, LawEntry> laws)
    {
        if (!line.StartsWith('《'))
        {
            return null;
        }

        // Longest name first: a name may itself contain 《》 (对《工资支付暂行规定》有关问题的补充规定).
        foreach (var law in laws.Values.OrderByDescending(l => l.Name.Length))
        {
            var prefix = "《" + law.Name + "》";
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                var article = line[prefix.Length..].Trim();
                return ArticlePattern().IsMatch(article) ? new Citation(law.Name, article, law.Version) : null;
            }
        }

        return null;
    }

    private static string CitationProblem(string line, Dictionary<string, LawEntry> laws)
    {
        if (!line.StartsWith('《'))
        {
            return $"citation \"{line}\" must start with the law's name in 《》";
        }

        var known = laws.Values.Any(l => line.StartsWith("《" + l.Name + "》", StringComparison.Ordinal));
        return known
            ? $"citation \"{line}\" names no article (write e.g. 第30条)"
            : $"citation \"{line}\" names a law missing from laws.yaml";
    }

    private static List<LawEntry> LoadLaws(string path, List<ContentProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(path, 0, "law list missing"));
            return [];
        }

        var laws = new List<LawEntry>();
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(path)));
            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlSequenceNode list)
            {
                problems.Add(new ContentProblem(path, 1, "the law list must be a YAML list"));
                return laws;
            }

            foreach (var item in list.Children.OfType<YamlMappingNode>())
            {
                string Get(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlScalarNode s ? s.Value?.Trim() ?? string.Empty : string.Empty;
                var entry = new LawEntry(Get("name"), Get("issuer"), Get("version"), Get("status"));
                if (entry.Name.Length == 0 || entry.Version.Length == 0)
                {
                    problems.Add(new ContentProblem(path, (int)item.Start.Line, "a law needs a name and a version"));
                    continue;
                }

                if (laws.Any(l => string.Equals(l.Name, entry.Name, StringComparison.Ordinal)))
                {
                    problems.Add(new ContentProblem(path, (int)item.Start.Line, $"law '{entry.Name}' is listed twice"));
                    continue;
                }

                laws.Add(entry);
            }
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(path, (int)ex.Start.Line + 1, $"not valid YAML: {ex.Message}"));
        }

        return laws;
    }

    /// <summary>The small-talk kinds <c>training/smalltalk.tsv</c> may use.</summary>
    public static readonly IReadOnlySet<string> SmallTalkLabels =
        new HashSet<string>(["greeting", "thanks", "goodbye", "identity", "confusion", "acknowledgement", "venting", "insult"], StringComparer.Ordinal);

    /// <summary>The labels <c>training/crisis.tsv</c> may use.</summary>
    public static readonly IReadOnlySet<string> CrisisLabels =
        new HashSet<string>(["none", "self-harm", "others", "injury", "violence", "held"], StringComparer.Ordinal);

    private static TrainingData LoadTraining(string directory, List<ContentProblem> problems)
    {
        var outside = ReadLines(Path.Combine(directory, "outside.txt")).Select(l => l.Text).ToList();
        return new TrainingData(outside, ReadLabelled(Path.Combine(directory, "smalltalk.tsv"), SmallTalkLabels, problems), ReadLabelled(Path.Combine(directory, "crisis.tsv"), CrisisLabels, problems));
    }

    private static List<LabelledText> ReadLabelled(string path, IReadOnlySet<string> labels, List<ContentProblem> problems)
    {
        var result = new List<LabelledText>();
        foreach (var (number, text) in ReadLines(path))
        {
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            var label = tab > 0 ? text[..tab].Trim() : string.Empty;
            if (tab < 0 || !labels.Contains(label) || text[(tab + 1)..].Trim().Length == 0)
            {
                problems.Add(new ContentProblem(path, number, $"expected \"label<TAB>message\" with a label among {string.Join(", ", labels)}"));
                continue;
            }

            result.Add(new LabelledText(label, text[(tab + 1)..].Trim()));
        }

        return result;
    }

    private static IEnumerable<(int Number, string Text)> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim('\r', '\n', ' ');
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (number, line);
            }
        }
    }

    private static List<IReadOnlyList<string>> LoadSynonyms(string path, List<ContentProblem> problems)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (!File.Exists(path))
        {
            return groups;
        }

        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var words = line.Split([',', '，', ' ', '\t', '/', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length < 2)
            {
                problems.Add(new ContentProblem(path, number, "a synonym line needs at least two words"));
                continue;
            }

            groups.Add(words);
        }

        return groups;
    }

    private static SectionMap ReadSections(string[] lines, int start)
    {
        var map = new SectionMap();
        string? current = null;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = line[3..].Trim();
                map.Start(current, i + 1);
            }
            else if (current is not null)
            {
                map.Add(current, line, i + 1);
            }
        }

        return map;
    }

    [GeneratedRegex(@"^KB-[A-Z]{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^第[0-9一二三四五六七八九十百零]+(条|项|点|部分|章)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePattern();

    private sealed class ArticleSource(string[] lines)
    {
        public string[] Lines { get; } = lines;

        public int LineOf(string needle, int fallback = 1)
        {
            var index = Array.FindIndex(Lines, l => l.Contains(needle, StringComparison.Ordinal));
            return index >= 0 ? index + 1 : fallback;
        }
    }

    private sealed class SectionMap
    {
        private readonly Dictionary<string, (int Line, List<(string Text, int Line)> Body)> _sections = new(StringComparer.Ordinal);

        public void Start(string name, int line) => _sections.TryAdd(name, (line, []));

        public void Add(string name, string text, int line) => _sections[name].Body.Add((text, line));

        public int LineOf(string name) => _sections.TryGetValue(name, out var s) ? s.Line : 1;

        public string? Text(string name) =>
            _sections.TryGetValue(name, out var s) ? string.Join('\n', s.Body.Select(b => b.Text)).Trim() : null;

        public List<string> Items(string name, bool numbered) =>
            [.. ItemsWithLines(name, numbered).Select(i => i.Text)];

        public List<(string Text, int Line)> ItemsWithLines(string name, bool numbered = false)
        {
            var items = new List<(string, int)>();
            if (!_sections.TryGetValue(name, out var s))
            {
                return items;
            }

            foreach (var (text, line) in s.Body)
            {
                var match = numbered ? NumberedItem().Match(text) : BulletItem().Match(text);
                if (match.Success)
                {
                    items.Add((match.Groups[1].Value.Trim(), line));
                }
            }

            return items;
        }
    }

    [GeneratedRegex(@"^\s*\d+[.、．]\s*(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\s*[-*]\s*(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletItem();
}
