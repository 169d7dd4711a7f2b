using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using RightsBot.Channels.WeChat;
using RightsBot.Localization;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>
/// A worker following the Official Account: their messages reach the bot as WeChat pushes them (signed XML, plain or
/// in safe mode), and they read the passive replies and the customer-service messages the fake server received. Saying
/// one of the numbered choices of the last message answers with its number, as a worker would. Pushes are signed with the
/// bot's clock (<paramref name="clock"/>, the system's unless the bot runs on a fake one) and a fresh nonce each.
/// </summary>
internal sealed class WeChatWorker(
    HttpClient bot, FakeWeChatServer server, string openId, string token, WeChatCrypto? safeMode = null, TimeProvider? clock = null) : IWorkerChat
{
    private static long _msgIds = 24_601_357_924_680_000;
    private readonly List<string> _received = [];
    private int _read;
    private int _customRead;

    public string OpenId { get; } = openId;

    /// <summary>What the worker's screen ends with.</summary>
    public string? LastText { get; private set; }

    public List<string> Passive { get; } = [];

    /// <summary>Everything received so far (passive replies and customer-service messages), in order.</summary>
    public IReadOnlyList<string> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static string NextMsgId() => Interlocked.Increment(ref _msgIds).ToString(CultureInfo.InvariantCulture);

    public async Task SendAsync(string text) => await PostMessageAsync(Message("text", new XElement("Content", new XCData(NumberFor(text) ?? text))));

    public async Task SendPhotoAsync(byte[] jpeg)
    {
        var id = Guid.NewGuid().ToString("N");
        server.Pictures[id] = jpeg;
        await SendPicUrlAsync(new Uri(server.Address, $"pic/{id}"));
    }

    /// <summary>An image message whose PicUrl is <paramref name="picUrl"/>.</summary>
    public async Task SendPicUrlAsync(Uri picUrl) =>
        await PostMessageAsync(Message("image", new XElement("PicUrl", new XCData(picUrl.ToString())), new XElement("MediaId", new XCData("media-" + Guid.NewGuid().ToString("N")))));

    /// <summary>The current Unix time on the bot's clock, as a push's <c>timestamp</c>.</summary>
    public string Timestamp(TimeSpan offset = default) =>
        ((clock ?? TimeProvider.System).GetUtcNow() + offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string NewNonce() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>A push from this worker with WeChat's common fields and a fresh MsgId (unless given).</summary>
    public XElement Message(string type, params XElement[] fields)
    {
        var xml = new XElement("xml",
            new XElement("ToUserName", new XCData("gh_0123456789ab")),
            new XElement("FromUserName", new XCData(OpenId)),
            new XElement("CreateTime", 1_763_892_000),
            new XElement("MsgType", new XCData(type)));
        xml.Add(fields);
        if (type != "event" && xml.Element("MsgId") is null)
        {
            xml.Add(new XElement("MsgId", NextMsgId()));
        }

        return xml;
    }

    /// <summary>Posts a push and reads the passive reply (if any) into what the worker has received.</summary>
    public async Task<string> PostMessageAsync(XElement message)
    {
        var (status, body) = await PostRawAsync(message.ToString(SaveOptions.DisableFormatting));
        Assert.Equal(HttpStatusCode.OK, status);
        var reply = ReadReply(body);
        if (reply is not null)
        {
            lock (_received)
            {
                _received.Add(reply);
                Passive.Add(reply);
            }
        }

        return body;
    }

    /// <summary>
    /// Posts <paramref name="innerXml"/> as a push signed now with a fresh nonce (or with the given ones), encrypted when the
    /// worker is in safe mode (unless <paramref name="encrypt"/> is false).
    /// </summary>
    public async Task<(HttpStatusCode Status, string Body)> PostRawAsync(
        string innerXml, bool validSignature = true, string? timestamp = null, string? nonce = null, bool encrypt = true)
    {
        timestamp ??= Timestamp();
        nonce ??= NewNonce();
        var signature = validSignature ? WeChatCrypto.Sign(token, timestamp, nonce) : new string('0', 40);
        var url = $"/api/channels/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={Uri.EscapeDataString(OpenId)}";
        var body = innerXml;
        if (safeMode is not null && encrypt)
        {
            var encrypted = safeMode.Encrypt(innerXml);
            body = new XElement("xml", new XElement("ToUserName", new XCData("gh_0123456789ab")), new XElement("Encrypt", new XCData(encrypted))).ToString();
            url += $"&encrypt_type=aes&msg_signature={(validSignature ? WeChatCrypto.Sign(token, timestamp, nonce, encrypted) : new string('0', 40))}";
        }

        var response = await bot.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, Encoding.UTF8, "text/xml"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of a passive reply (decrypted and its signature checked in safe mode); null for "success".</summary>
    public string? ReadReply(string body)
    {
        if (body is "success" or "")
        {
            return null;
        }

        var xml = XElement.Parse(body);
        if (safeMode is not null)
        {
            var encrypted = xml.Element("Encrypt")!.Value;
            var expected = WeChatCrypto.Sign(token, xml.Element("TimeStamp")!.Value, xml.Element("Nonce")!.Value, encrypted);
            Assert.Equal(expected, xml.Element("MsgSignature")!.Value);
            xml = XElement.Parse(safeMode.Decrypt(encrypted));
        }

        Assert.Equal(OpenId, xml.Element("ToUserName")!.Value);
        Assert.Equal("text", xml.Element("MsgType")!.Value);
        return xml.Element("Content")!.Value;
    }

    /// <summary>Waits for a message with <paramref name="fragment"/>, in the words WeChat shows (numbers, not buttons).</summary>
    public async Task<List<string>> ExpectAsync(string fragment)
    {
        fragment = BotText.WithoutButtons(fragment);
        using var cts = new CancellationTokenSource(TestTimeouts.Turn);
        var collected = new List<string>();
        while (true)
        {
            lock (_received)
            {
                foreach (var message in server.SentTo(OpenId).Skip(_customRead))
                {
                    _received.Add(message.Content);
                    _customRead++;
                }

                while (_read < _received.Count)
                {
                    var text = _received[_read++];
                    collected.Add(text);
                    LastText = text;
                    if (text.Contains(fragment, StringComparison.Ordinal))
                    {
                        return collected;
                    }
                }
            }

            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"No WeChat message with \"{fragment}\" arrived. Last ones:\n" + string.Join("\n---\n", _received.TakeLast(3)));
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }

    /// <summary>The number of <paramref name="title"/> among the last message's numbered choices.</summary>
    public string? NumberFor(string title)
    {
        var lines = (LastText ?? string.Empty).Split('\n');
        var start = Array.IndexOf(lines, BotText.ReplyWithNumber);
        if (start < 0)
        {
            return null;
        }

        foreach (var line in lines.Skip(start + 1))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && line[(space + 1)..] == title)
            {
                return line[..space];
            }
        }

        return null;
    }
}
