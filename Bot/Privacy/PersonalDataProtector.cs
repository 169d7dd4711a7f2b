using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using RightsBot.Storage;

namespace RightsBot.Privacy;

/// <summary>
/// Encrypts workers' personal fields at rest (ASP.NET Core Data Protection, keys in the data directory) and makes
/// keyed hashes of phone numbers and access codes so a case can be found without decrypting every record.
/// </summary>
public sealed class PersonalDataProtector
{
    private readonly IDataProtector _protector;
    private readonly byte[] _lookupKey;

    public PersonalDataProtector(IDataProtectionProvider provider, IOptions<StorageOptions> storage)
    {
        _protector = provider.CreateProtector("RightsBot.PersonalData.v1");
        _lookupKey = KeyFile.LoadOrCreate(Path.Combine(storage.Value.ResolveDataDirectory(), "keys", "lookup.key"));
    }

    public string? Protect(string? plain) => string.IsNullOrEmpty(plain) ? null : _protector.Protect(plain);

    public string? Unprotect(string? protectedValue)
    {
        if (string.IsNullOrEmpty(protectedValue))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(protectedValue);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A keyed hash for equality look-ups (never reversible without the key).</summary>
    public string Lookup(string normalized) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(normalized)));
}
