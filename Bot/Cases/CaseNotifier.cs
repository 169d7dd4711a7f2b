using RightsBot.Turns;

namespace RightsBot.Cases;

/// <summary>Tells a worker, in the conversation they reported from, that their case moved.</summary>
public sealed class CaseNotifier(ProactiveMessages messages)
{
    public async Task NotifyStatusAsync(string conversationKey, CaseRecord record, string? reason, CancellationToken ct)
    {
        var text = $"您的{CaseWording.Type(record.Type)}（编号 {record.Number}）有新进展：{CaseWording.Status(record.Status)}。" +
            CaseWording.Explain(record.Status, record.ReferredTo) +
            (record.Status == CaseStatus.Closed && record.AmountRecovered is { } amount ? $"追回金额：{amount:0.##} 元。" : string.Empty) +
            (record.Status == CaseStatus.Rejected && !string.IsNullOrWhiteSpace(reason) ? $"原因：{reason}" : string.Empty);
        await messages.SendTextAsync(conversationKey, text, ct);
    }
}
