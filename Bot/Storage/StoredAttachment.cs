namespace RightsBot.Storage;

/// <summary>A file a worker uploaded; the bytes live under the data directory, never in a public folder.</summary>
public sealed class StoredAttachment
{
    public required string Id { get; set; }
    public required string ConversationKey { get; set; }
    public required string ContentType { get; set; }
    public required string FileName { get; set; }
    public long Size { get; set; }
    public required string RelativePath { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The case the file was attached to, once the report is submitted.</summary>
    public long? CaseId { get; set; }
}
