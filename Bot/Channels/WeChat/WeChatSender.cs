using Microsoft.Extensions.Options;
using RightsBot.Channels.Delivery;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// Sends committed messages through the customer-service message API. Only inside the 48-hour window after the
/// worker's last message; outside it (or when WeChat answers 45015) the messages are held and go out, passively, when
/// the worker next writes. An expired or invalid access_token is fetched again once and the send repeated.
/// </summary>
public sealed class WeChatSender(WeChatApi api, WeChatAccessTokens tokens, IOptions<WeChatOptions> options) : IChannelSender
{
    /// <summary>Characters per message: comfortably inside WeChat's 2,048 bytes of UTF-8.</summary>
    public const int MaxTextLength = 600;

    private static readonly HashSet<int> TokenErrors = [40001, 40014, 42001];

    // 45015: outside the 48-hour window; 45047: too many messages since the worker last wrote; 43004: unfollowed.
    private static readonly HashSet<int> WaitForWorker = [45015, 45047, 43004];

    public string ChannelId => WeChatConversations.ChannelId;

    public int CountParts(OutboundMessage message) => Parts(message).Count;

    public bool MaySend(ChannelDelivery cursor, DateTimeOffset now) =>
        cursor.LastInboundAt is { } last && now - last < TimeSpan.FromHours(options.Value.CustomerServiceWindowHours);

    public async Task<DeliveryOutcome> SendAsync(string recipientId, OutboundMessage message, int part, CancellationToken ct)
    {
        var text = Parts(message)[part];
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var (token, refusal) = await tokens.GetAsync(ct);
                if (token is null)
                {
                    // Never drop messages over our own credentials: keep them until a token can be had.
                    return DeliveryOutcome.Later(refusal!.RetryAfter, $"access_token: HTTP {(int)refusal.Status}, errcode {refusal.Errcode}");
                }

                var result = await api.SendTextAsync(token, recipientId, text, ct);
                if (TokenErrors.Contains(result.Errcode) && attempt == 0)
                {
                    tokens.Invalidate(token);
                    continue;
                }

                return Classify(result, "custom/send");
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Timeouts, network errors, an open circuit: all passing.
            return DeliveryOutcome.Later(null, ex.GetType().Name);
        }
    }

    internal static IReadOnlyList<string> Parts(OutboundMessage message)
    {
        var text = WeChatChoices.Render(message.Activity, withChoices: !message.Superseded);
        return string.IsNullOrWhiteSpace(text) ? [] : OutboundText.Split(text, MaxTextLength);
    }

    private static DeliveryOutcome Classify(WeChatApiResult result, string call)
    {
        var reason = $"{call}: HTTP {(int)result.Status}, errcode {result.Errcode}";
        return result switch
        {
            { Ok: true } => DeliveryOutcome.Sent,
            { Status: System.Net.HttpStatusCode.TooManyRequests } => DeliveryOutcome.Later(result.RetryAfter, reason),
            { Status: >= System.Net.HttpStatusCode.InternalServerError or System.Net.HttpStatusCode.RequestTimeout } => DeliveryOutcome.Later(result.RetryAfter, reason),
            { Status: not System.Net.HttpStatusCode.OK } => DeliveryOutcome.Reject(reason),
            _ when WaitForWorker.Contains(result.Errcode) => DeliveryOutcome.Hold(reason),
            // -1 system busy, 45009 call quota reached, token trouble that did not clear, an unreadable answer: passing.
            { Errcode: -1 or -2 or 45009 } => DeliveryOutcome.Later(null, reason),
            _ when TokenErrors.Contains(result.Errcode) => DeliveryOutcome.Later(null, reason),
            _ => DeliveryOutcome.Reject(reason),
        };
    }
}
