using RightsBot.Knowledge;
using RightsBot.Knowledge.Documents;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Knowledge;

public sealed class ContentValidationTests
{
    private static string Broken => Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData", "broken");

    [Fact]
    public void Load_RealContent_HasNoProblemsAndAtLeast110CitedArticles()
    {
        var (knowledge, problems) = ContentLoader.Load(Path.Combine(RepositoryPaths.Root, "Knowledge", "Content"));

        Assert.Empty(problems);
        Assert.True(knowledge.Articles.Count >= 110, $"{knowledge.Articles.Count} articles");
        Assert.All(knowledge.Articles, a =>
        {
            Assert.NotEmpty(a.Citations);
            Assert.True(a.Variants.Count >= ContentLoader.MinVariants);
            Assert.True(a.ShortAnswer.Length <= ContentLoader.MaxShortAnswerLength);
        });
    }

    [Fact]
    public void Load_RealContent_CoversEveryPlannedEntry()
    {
        // The ids of the topic plan (shared/kb-topics.md, sections 1–13), copied into TestData.
        var planned = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData", "planned-ids.txt"))
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(110, planned.Count);

        var (knowledge, _) = ContentLoader.Load(Path.Combine(RepositoryPaths.Root, "Knowledge", "Content"));
        Assert.Empty(planned.Except(knowledge.Articles.Select(a => a.Id), StringComparer.Ordinal));
    }

    [Fact]
    public void Load_BrokenFixtures_ReportsEachProblemWithFileAndLine()
    {
        var (knowledge, problems) = ContentLoader.Load(Broken);
        var text = problems.Select(p => p.ToString()).ToList();

        void Reported(string file, string fragment) =>
            Assert.Contains(text, t => t.Contains(file, StringComparison.Ordinal) && t.Contains(fragment, StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(t, @"\.(md|txt|yaml):\d+: "));

        Reported("KB-TT-01.md", "short answer has");
        Reported("KB-TT-01.md", "names a law missing from laws.yaml");
        Reported("KB-TT-02.md", "missing field 'category'");
        Reported("KB-TT-02.md", "only 3 question variants");
        Reported("KB-TT-02.md", "no citation under '## 依据'");
        Reported("KB-TT-03.md", "file name should be KB-TT-01.md");
        Reported("KB-TT-03.md", "names no article");
        Reported("KB-TT-03.md", "duplicate id KB-TT-01");
        Reported("synonyms.txt", "at least two words");
        Assert.Empty(knowledge.Articles);
    }

    [Fact]
    public void Load_DuplicateIdsVariantsAndBrokenLinks_AreReported()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "articles"));
        File.Copy(Path.Combine(Broken, "laws.yaml"), Path.Combine(temp.Path, "laws.yaml"));
        static string Article(string id, string related, string shared) => $"""
            ---
            id: {id}
            title: 标题{id}
            category: 测试
            variants: [{id}问1, {id}问2, {id}问3, {id}问4, {id}问5, {id}问6, {id}问7, {shared}]
            related: [{related}]
            reviewed: 2026-11-23
            ---

            ## 简答
            简短的回答。

            ## 怎么做
            1. 做一件事

            ## 依据
            - 《劳动法》第50条
            """;
        File.WriteAllText(Path.Combine(temp.Path, "articles", "KB-AA-01.md"), Article("KB-AA-01", "KB-AA-02", "同一句话"));
        File.WriteAllText(Path.Combine(temp.Path, "articles", "KB-AA-02.md"), Article("KB-AA-02", "KB-ZZ-99", "同一句话"));

        var (_, problems) = ContentLoader.Load(temp.Path);
        var text = string.Join('\n', problems);
        Assert.Contains("is also a variant of KB-AA-01", text, StringComparison.Ordinal);
        Assert.Contains("related article KB-ZZ-99 does not exist", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KbValidate_RealContent_ExitsZero_BrokenContent_ExitsOneWithMessages()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(0, RightsBot.Answers.KnowledgeCommands.Validate(new KnowledgeOptions().ResolveContentDirectory(), output, errors));
        Assert.StartsWith("OK:", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(1, RightsBot.Answers.KnowledgeCommands.Validate(Broken, output, errors));
        Assert.Contains("KB-TT-01.md:", errors.ToString(), StringComparison.Ordinal);
    }
}
