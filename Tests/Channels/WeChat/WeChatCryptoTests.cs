using System.Security.Cryptography;
using RightsBot.Channels.WeChat;

namespace RightsBot.Tests.Channels.WeChat;

/// <summary>Safe-mode crypto against Tencent's published sample, so encryptor and decryptor are not merely consistent with each other.</summary>
public sealed class WeChatCryptoTests
{
    private static WeChatCrypto Sample() => new(WeChatChannelTests.SampleToken, WeChatChannelTests.SampleAesKey, WeChatChannelTests.SampleAppId);

    [Fact]
    public void Decrypt_TencentsSampleMessage_GivesItsXml()
    {
        var xml = Sample().Decrypt(WeChatChannelTests.SampleMessage);

        var message = WeChatXml.Parse(xml)!;
        Assert.Equal("hello", message.Content);
        Assert.Equal("4561255354251345929", message.MsgId);
        Assert.Equal("mycreate", message.FromUserName);
    }

    [Fact]
    public void MessageSignature_TencentsSample_MatchesOnlyWithOrdinalSorting()
    {
        Assert.True(Sample().VerifyMessageSignature(WeChatChannelTests.SampleMessageSignature, "1409659813", "1372623149", WeChatChannelTests.SampleMessage));
        Assert.Equal(WeChatChannelTests.SampleEchoSignature, Sample().MessageSignature("1409659589", "263014780", WeChatChannelTests.SampleEcho));
        Assert.Equal("1616140317555161061", Sample().Decrypt(WeChatChannelTests.SampleEcho));

        // With a lower-case token, culture-aware sorting would put it before the ciphertext ("mytoken" < "Ryp…"); WeChat
        // sorts by byte, which puts it after.
        var parts = new[] { "mytoken", "1409659813", "1372623149", WeChatChannelTests.SampleMessage };
        Assert.Equal(Hash(string.Concat(parts[2], parts[1], parts[3], parts[0])), WeChatCrypto.Sign(parts));
        Array.Sort(parts, StringComparer.InvariantCulture);
        Assert.NotEqual(Hash(string.Concat(parts)), WeChatCrypto.Sign(parts));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Encrypt_WithTheSamplesRandomBytes_ReproducesTencentsCiphertext()
    {
        var crypto = Sample();
        var plain = crypto.Decrypt(WeChatChannelTests.SampleMessage);
        var key = Convert.FromBase64String(WeChatChannelTests.SampleAesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        var random = aes.DecryptCbc(Convert.FromBase64String(WeChatChannelTests.SampleMessage), key.AsSpan(0, 16), PaddingMode.None)[..16];

        // Same random prefix, same message: byte for byte Tencent's ciphertext (32-byte padding, big-endian length, AppID).
        Assert.Equal(WeChatChannelTests.SampleMessage, crypto.Encrypt(plain, random));
    }

    [Fact]
    public void Decrypt_ForAnotherAppIdOrTampered_IsRefused()
    {
        var other = new WeChatCrypto(WeChatChannelTests.SampleToken, WeChatChannelTests.SampleAesKey, "wx0000000000000000");
        Assert.Throws<CryptographicException>(() => other.Decrypt(WeChatChannelTests.SampleMessage));
        Assert.Throws<CryptographicException>(() => Sample().Decrypt("not base64!"));
        Assert.Throws<CryptographicException>(() => Sample().Decrypt(Convert.ToBase64String(new byte[32])));
    }

    [Theory]
    [InlineData("")]
    [InlineData("短")]
    [InlineData("一段比较长的中文消息，用来把明文撑过好几个三十二字节的块。")]
    public void Encrypt_ThenDecrypt_RoundTrips(string text)
    {
        var crypto = Sample();
        Assert.Equal(text, crypto.Decrypt(crypto.Encrypt(text)));
    }
}
