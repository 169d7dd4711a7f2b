namespace RightsBot.Storage;

/// <summary>
/// Keeps what a worker types out of the database in clear from the first write: the transcript stores the message
/// masked, and the text as typed only encrypted until the turn that answers it is committed.
/// </summary>
public interface IInboundProtection
{
    /// <summary>
    /// The text to store and, when it differs from <paramref name="text"/>, the text as typed, encrypted.
    /// <paramref name="sensitiveAnswer"/>: the message answers a question for personal data, so it is masked even where
    /// nothing in it looks like a number.
    /// </summary>
    (string Stored, string? Sealed) Seal(string text, bool sensitiveAnswer);

    /// <summary>The text as typed; null when it cannot be decrypted (the stored, masked text is used then).</summary>
    string? Unseal(string sealedText);

    /// <summary>The transcript's masking of any text: numbers and given names, valid answers or not.</summary>
    string Mask(string text);
}
