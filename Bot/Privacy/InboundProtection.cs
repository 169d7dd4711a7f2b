using RightsBot.Model;
using RightsBot.Storage;

namespace RightsBot.Privacy;

/// <summary>
/// The transcript's masking (<see cref="SensitiveDataMasker.MaskForTranscript"/>) at the first write of every inbound
/// message, with the text as typed encrypted by the personal-data protector until the turn is committed.
/// </summary>
public sealed class InboundProtection(PersonalDataProtector protector) : IInboundProtection
{
    public (string Stored, string? Sealed) Seal(string text, bool sensitiveAnswer)
    {
        var stored = SensitiveDataMasker.MaskForTranscript(text);
        if (sensitiveAnswer && string.Equals(stored, text, StringComparison.Ordinal))
        {
            // A name or an access code shows no number; the turn puts the flow's own masking in its place.
            stored = SensitiveDataMasker.MaskName(text.Trim());
        }

        return string.Equals(stored, text, StringComparison.Ordinal) ? (text, null) : (stored, protector.Protect(text));
    }

    public string? Unseal(string sealedText) => protector.Unprotect(sealedText);

    public string Mask(string text) => SensitiveDataMasker.MaskForTranscript(text);
}
