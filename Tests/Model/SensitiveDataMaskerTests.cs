using RightsBot.Model;

namespace RightsBot.Tests.Model;

/// <summary>The one masking of personal details in free text, for the model and for the transcript.</summary>
public sealed class SensitiveDataMaskerTests
{
    [Theory]
    [InlineData("包工头跑了，工钱找谁要")]
    [InlineData("大老板不给钱")]
    [InlineData("我们老板拖欠工资")]
    [InlineData("工头说下个月发")]
    public void Mask_WordsForBossesAndForemen_AreNotTakenForNames(string text) =>
        Assert.Equal(text, SensitiveDataMasker.Mask(text));

    [Theory]
    [InlineData("王老板不给钱", "［姓名］老板不给钱")]
    [InlineData("李师傅说的", "［姓名］师傅说的")]
    [InlineData("我叫张三，电话13812345678", "我叫［姓名］，电话［号码］")]
    public void Mask_NamesAndNumbers_AreRemovedForTheModel(string text, string expected) =>
        Assert.Equal(expected, SensitiveDataMasker.Mask(text));

    [Theory]
    [InlineData("电话 138 1234 5678", "电话 138****5678")]
    [InlineData("１３８１２３４５６７８", "138****5678")]
    [InlineData("身份证11010119900307123x", "身份证110***********123X")]
    [InlineData("卡号6222 0200 0000 1234 567", "卡号622************4567")]
    [InlineData("欠了120000元，2025-03-15开始干，案件QX-2026-000123", "欠了120000元，2025-03-15开始干，案件QX-2026-000123")]
    [InlineData("我叫张三丰", "我叫张**")]
    [InlineData("我是包工头的工人", "我是包工头的工人")]
    public void MaskForTranscript_MasksLongNumbersAndGivenNames_KeepsAmountsDatesAndCaseNumbers(string text, string expected) =>
        Assert.Equal(expected, SensitiveDataMasker.MaskForTranscript(text));
}
