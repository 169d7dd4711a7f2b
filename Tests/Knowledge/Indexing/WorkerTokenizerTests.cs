using RightsBot.Knowledge.Indexing;

namespace RightsBot.Tests.Knowledge.Indexing;

public sealed class WorkerTokenizerTests
{
    private static WorkerTokenizer CreateSut() => new(new SynonymMap([["工资", "工钱"], ["老板", "老细"], ["包工头", "工头"]]), TermWeights.Default);

    [Fact]
    public void Terms_HomophoneTypo_SharesItsPinyinPairWithTheRightWord()
    {
        var sut = CreateSut();
        var typo = sut.Terms(sut.Normalize("社宝"));
        var right = sut.Terms(sut.Normalize("社保"));

        Assert.Contains(typo.Keys.Where(k => k[0] == WorkerTokenizer.PinyinMark), right.Keys.Contains);
        Assert.DoesNotContain("社保", typo.Keys);
    }

    [Fact]
    public void Normalize_BossAndForeman_StayDistinctWords()
    {
        var sut = CreateSut();

        Assert.Equal("老板欠工资", sut.Normalize("老细欠工钱"));
        Assert.Equal("包工头欠工资", sut.Normalize("工头欠工钱"));
    }

    [Fact]
    public void Terms_Pairs_WeighMoreThanSingleCharacters()
    {
        var terms = CreateSut().Terms("仲裁");

        Assert.Equal(1f, terms["仲裁"]);
        Assert.True(terms["仲"] < 1f);
    }
}
