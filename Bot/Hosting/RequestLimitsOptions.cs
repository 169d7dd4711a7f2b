using System.ComponentModel.DataAnnotations;

namespace RightsBot.Hosting;

/// <summary>
/// Request body sizes (section <c>Hosting:RequestLimits</c>): a server-wide ceiling and a small one for the staff and case
/// APIs. Endpoints that need more (Direct Line uploads) or less (Direct Line activities, webhooks) set their own.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "Hosting:RequestLimits";

    /// <summary>The largest request body any endpoint accepts unless it says otherwise, in bytes.</summary>
    [Range(16 * 1024, 1024L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest body of a staff or case API call (JSON or a form), in bytes.</summary>
    [Range(1024, 16L * 1024 * 1024)]
    public long MaxApiBodyBytes { get; set; } = 64 * 1024;
}
