using System.Diagnostics.CodeAnalysis;

namespace RightsBot.Dialogs.Prompts.Recognition;

/// <summary>
/// Reads an amount of money or a range of amounts out of a worker's answer: "8000元" → 8000–8000,
/// "五六千" → 5000–6000, "三四万" → 30000–40000, "5000到6000", "5000-6000", "五千至六千", "两三千块", "5到6千".
/// </summary>
/// <remarks>
/// "一万多" (more than ten thousand) gives Low = High = 10000: 多 only says the amount is at least that much, and a
/// guessed upper bound would overstate the claim. Numbers are read as <see cref="ChineseNumberRecognizer"/> reads them;
/// two different numbers that are not a range, or a negative number, give nothing.
/// </remarks>
public static class AmountRecognizer
{
    /// <summary>Recognizes one amount or one range of amounts in <paramref name="text"/>. Never throws.</summary>
    /// <param name="text">What the worker typed.</param>
    /// <param name="range">The amount, with Low ≤ High, when recognized; otherwise null.</param>
    /// <returns>Whether an amount or a range was found.</returns>
    public static bool TryRecognize(string text, [MaybeNullWhen(false)] out AmountRange range)
    {
        if (ChineseNumberRecognizer.TryRecognizeRange(text, out var low, out var high))
        {
            range = low <= high ? new AmountRange(low, high) : new AmountRange(high, low);
            return true;
        }

        range = null;
        return false;
    }
}
