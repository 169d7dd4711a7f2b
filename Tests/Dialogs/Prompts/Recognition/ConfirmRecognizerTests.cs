using RightsBot.Dialogs.Prompts.Recognition;

namespace RightsBot.Tests.Dialogs.Prompts.Recognition;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("是")]
    [InlineData("是的")]
    [InlineData("对")]
    [InlineData("对的")]
    [InlineData("嗯")]
    [InlineData("嗯嗯")]
    [InlineData("恩恩")]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("行")]
    [InlineData("可以")]
    [InlineData("中")]
    [InlineData("没问题")]
    [InlineData("要")]
    [InlineData("确认")]
    [InlineData("同意")]
    [InlineData("ok")]
    [InlineData("OK")]
    [InlineData("Ok")]
    [InlineData("okok")]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("1")]
    [InlineData("１")]
    [InlineData("ＯＫ")]
    [InlineData("好的好的")]
    [InlineData("对对对")]
    [InlineData("是啊～")]
    [InlineData("好吧")]
    [InlineData("好的！")]
    [InlineData("  对 ")]
    [InlineData("【是】")]
    [InlineData("嗯嗯。")]
    [InlineData("好的👍")]
    [InlineData("👍")]
    [InlineData("👍🏻")]
    [InlineData("✅")]
    [InlineData("哦好的")]
    [InlineData("有")]
    [InlineData("没错")]
    public void Recognize_YesAnswer_ReturnsTrue(string text)
    {
        Assert.True(ConfirmRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("否")]
    [InlineData("不是")]
    [InlineData("不是的")]
    [InlineData("不")]
    [InlineData("不要")]
    [InlineData("不用")]
    [InlineData("不用了")]
    [InlineData("算了")]
    [InlineData("算了吧")]
    [InlineData("没有")]
    [InlineData("不对")]
    [InlineData("不行")]
    [InlineData("不同意")]
    [InlineData("no")]
    [InlineData("NO")]
    [InlineData("n")]
    [InlineData("2")]
    [InlineData("２")]
    [InlineData("不不不")]
    [InlineData("不是不是！")]
    [InlineData("❌")]
    [InlineData("没")]
    public void Recognize_NoAnswer_ReturnsFalse(string text)
    {
        Assert.False(ConfirmRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("我不知道")]
    [InlineData("嗯不是")]
    [InlineData("好不好")]
    [InlineData("不确定")]
    [InlineData("是吗？")]
    [InlineData("嗯?")]
    [InlineData("3")]
    [InlineData("12")]
    [InlineData("hello")]
    [InlineData("not ok")]
    [InlineData("nothing")]
    [InlineData("😀")]
    [InlineData("。。。")]
    [InlineData("'; DROP TABLE Users; --")]
    [InlineData("有没有")]
    public void Recognize_UnclearAnswer_ReturnsNull(string text)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text));
    }

    [Fact]
    public void Recognize_Null_ReturnsNull()
    {
        Assert.Null(ConfirmRecognizer.Recognize(null!));
    }

    [Theory]
    [InlineData("好")]
    [InlineData("不")]
    [InlineData("😀")]
    [InlineData("a")]
    public void Recognize_TenThousandCharacters_ReturnsNull(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 10_000 / piece.Length));

        Assert.Null(ConfirmRecognizer.Recognize(text));
    }

    [Fact]
    public void Recognize_RandomCharacters_NeverThrows()
    {
        var random = new Random(7);
        for (var run = 0; run < 5_000; run++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var index = 0; index < chars.Length; index++)
            {
                chars[index] = (char)random.Next(char.MaxValue + 1);
            }

            var text = new string(chars);

            var exception = Record.Exception(() => ConfirmRecognizer.Recognize(text));

            Assert.Null(exception);
        }
    }
}
