namespace RightsBot.Cases;

/// <summary>
/// Keys for the staff case API (section <c>Cases:Api</c>): each has a name (recorded as who made a change) and the
/// SHA-256 of the key in hex. Set them through environment variables; the file holds none. The staff console's
/// logins (separate work) will add cookie and token sign-in beside these integration keys.
/// </summary>
public sealed class CaseApiOptions
{
    public const string SectionName = "Cases:Api";

    public List<CaseApiKey> Keys { get; set; } = [];
}
