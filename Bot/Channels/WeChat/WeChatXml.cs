using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace RightsBot.Channels.WeChat;

/// <summary>Reads pushes and writes passive replies. DTDs are refused, so no entity tricks get through the parser.</summary>
public static class WeChatXml
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1_000_000,
        IgnoreComments = true,
    };

    /// <summary>The message in a push; null when the XML is malformed or lacks the common fields.</summary>
    public static WeChatMessage? Parse(string xml)
    {
        var root = Load(xml);
        if (root is null || Value(root, "FromUserName") is not { Length: > 0 } from || Value(root, "MsgType") is not { Length: > 0 } type)
        {
            return null;
        }

        return new WeChatMessage
        {
            ToUserName = Value(root, "ToUserName") ?? string.Empty,
            FromUserName = from,
            CreateTime = long.TryParse(Value(root, "CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var created) ? created : 0,
            MsgType = type,
            Content = Value(root, "Content"),
            MsgId = Value(root, "MsgId"),
            PicUrl = Value(root, "PicUrl"),
            MediaId = Value(root, "MediaId"),
            Recognition = Value(root, "Recognition"),
            Event = Value(root, "Event"),
            EventKey = Value(root, "EventKey"),
        };
    }

    /// <summary>The <c>Encrypt</c> value of a safe-mode push; null when absent or malformed.</summary>
    public static string? ReadEncrypted(string xml) => Load(xml) is { } root ? Value(root, "Encrypt") : null;

    /// <summary>A passive text reply: the two user fields swapped, its own time.</summary>
    public static string TextReply(WeChatMessage to, DateTimeOffset now, string text) =>
        new XElement("xml",
            new XElement("ToUserName", new XCData(to.FromUserName)),
            new XElement("FromUserName", new XCData(to.ToUserName)),
            new XElement("CreateTime", now.ToUnixTimeSeconds()),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(text))).ToString(SaveOptions.DisableFormatting);

    /// <summary>The safe-mode envelope of a passive reply.</summary>
    public static string EncryptedReply(string encrypted, string signature, string timestamp, string nonce) =>
        new XElement("xml",
            new XElement("Encrypt", new XCData(encrypted)),
            new XElement("MsgSignature", new XCData(signature)),
            new XElement("TimeStamp", timestamp),
            new XElement("Nonce", new XCData(nonce))).ToString(SaveOptions.DisableFormatting);

    private static XElement? Load(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Safe);
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Value(XElement root, string name) => root.Element(name)?.Value;
}
