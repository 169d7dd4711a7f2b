using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// WeChat's push signatures and safe-mode (安全模式) encryption. Signatures are the lowercase hex SHA-1 of the
/// ordinally sorted parts (culture-aware sorting gives wrong signatures for Base64 ciphertexts). Safe mode is
/// AES-256-CBC with the key from EncodingAESKey, IV = the key's first 16 bytes, and PKCS#7 padding to 32-byte blocks
/// (done by hand: .NET's PKCS7 mode only knows 16). Plaintext: 16 random bytes, 4-byte big-endian length, message, AppID.
/// </summary>
public sealed class WeChatCrypto
{
    private const int BlockSize = 32;
    private readonly byte[] _token;
    private readonly byte[]? _key;
    private readonly string _appId;

    public WeChatCrypto(string token, string? encodingAesKey, string appId)
    {
        _token = Encoding.UTF8.GetBytes(token);
        _key = string.IsNullOrWhiteSpace(encodingAesKey) ? null : Convert.FromBase64String(encodingAesKey + "=");
        _appId = appId;
    }

    public bool CanDecrypt => _key is not null;

    public static bool IsValidAesKey(string encodingAesKey)
    {
        if (encodingAesKey.Length != 43)
        {
            return false;
        }

        Span<byte> key = stackalloc byte[33];
        return Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) && written == 32;
    }

    public static string Sign(params string[] parts)
    {
        var sorted = (string[])parts.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }

    /// <summary>The three-part <c>signature</c> of the URL check and of every push.</summary>
    public bool VerifySignature(string? signature, string? timestamp, string? nonce) =>
        timestamp is not null && nonce is not null && SameHex(signature, Sign(Encoding.UTF8.GetString(_token), timestamp, nonce));

    /// <summary>The safe-mode <c>msg_signature</c>, which also covers the ciphertext.</summary>
    public bool VerifyMessageSignature(string? msgSignature, string? timestamp, string? nonce, string encrypted) =>
        timestamp is not null && nonce is not null && SameHex(msgSignature, MessageSignature(timestamp, nonce, encrypted));

    public string MessageSignature(string timestamp, string nonce, string encrypted) =>
        Sign(Encoding.UTF8.GetString(_token), timestamp, nonce, encrypted);

    /// <summary>Decrypts a safe-mode value; throws <see cref="CryptographicException"/> for anything malformed or meant for another AppID.</summary>
    public string Decrypt(string encrypted)
    {
        var key = _key ?? throw new CryptographicException("No EncodingAESKey is configured.");
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("The ciphertext is not Base64.", ex);
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            throw new CryptographicException("The ciphertext has a wrong length.");
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(cipher, key.AsSpan(0, 16), PaddingMode.None);
        var pad = plain[^1];
        if (pad is < 1 or > BlockSize || plain.Length < 20 + pad)
        {
            throw new CryptographicException("The padding is wrong.");
        }

        var body = plain.AsSpan(0, plain.Length - pad);
        var length = BinaryPrimitives.ReadInt32BigEndian(body.Slice(16, 4));
        if (length < 0 || 20 + length > body.Length)
        {
            throw new CryptographicException("The message length is wrong.");
        }

        var appId = Encoding.UTF8.GetString(body[(20 + length)..]);
        if (!string.Equals(appId, _appId, StringComparison.Ordinal))
        {
            throw new CryptographicException("The message is for another AppID.");
        }

        return Encoding.UTF8.GetString(body.Slice(20, length));
    }

    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(16));

    internal string Encrypt(string message, ReadOnlySpan<byte> random16)
    {
        var key = _key ?? throw new CryptographicException("No EncodingAESKey is configured.");
        var text = Encoding.UTF8.GetBytes(message);
        var appId = Encoding.UTF8.GetBytes(_appId);
        var length = 20 + text.Length + appId.Length;
        var pad = BlockSize - (length % BlockSize);
        var plain = new byte[length + pad];
        random16[..16].CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), text.Length);
        text.CopyTo(plain, 20);
        appId.CopyTo(plain, 20 + text.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    private static bool SameHex(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given.ToLowerInvariant()), Encoding.ASCII.GetBytes(expected));
}
