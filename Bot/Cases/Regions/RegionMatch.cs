namespace RightsBot.Cases.Regions;

/// <summary>A place recognised in a worker's free-text answer by <see cref="RegionCatalog.Normalize"/>.</summary>
/// <param name="Province">The provincial-level division's full name, e.g. "广东省", "北京市", "新疆维吾尔自治区".</param>
/// <param name="City">
/// The prefecture-level division's full name, e.g. "深圳市", "恩施土家族苗族自治州"; for a municipality or special
/// administrative region the division itself ("北京市"); null when only the province was recognised.
/// </param>
/// <param name="District">
/// Best-effort text after the city (or after the province when no city was named): "宝安区", "朝阳", "长安镇";
/// null when nothing usable follows. It is not checked against any list of districts.
/// </param>
/// <param name="Original">What the worker typed, trimmed.</param>
public sealed record RegionMatch(string Province, string? City, string? District, string Original);
