using System.Text;
using RightsBot.Dialogs.Prompts.Recognition;

namespace RightsBot.Tests.Dialogs.Prompts.Recognition;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("８０００", "8000")]
    [InlineData("ＯＫ！", "OK!")]
    [InlineData("３．５万", "3.5万")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("不变", "不变")]
    [InlineData("", "")]
    public void ToHalfWidth_Text_FoldsFullWidthForms(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.ToHalfWidth(text));
    }

    [Fact]
    public void ToHalfWidth_Null_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, TextFolding.ToHalfWidth((string?)null));
    }

    [Theory]
    [InlineData("。", true)]
    [InlineData("😀", true)]
    [InlineData("~", true)]
    [InlineData(" ", true)]
    [InlineData("好", false)]
    [InlineData("a", false)]
    [InlineData("1", false)]
    public void IsIgnorable_Rune_TellsWhetherItCarriesMeaning(string text, bool expected)
    {
        Assert.Equal(expected, TextFolding.IsIgnorable(Rune.GetRuneAt(text, 0)));
    }
}
