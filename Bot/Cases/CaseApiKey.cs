namespace RightsBot.Cases;

/// <summary>One integration key of the case API.</summary>
public sealed class CaseApiKey
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string KeySha256 { get; set; } = string.Empty;
}
