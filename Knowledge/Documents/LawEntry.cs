namespace RightsBot.Knowledge.Documents;

/// <summary>A law or official document articles may cite.</summary>
/// <param name="Name">The name articles write inside 《》.</param>
/// <param name="Issuer">Who issued it (order or document number).</param>
/// <param name="Version">Which version: amendment or effective date.</param>
/// <param name="Status">已核 (full text read) or 二手 (secondary source).</param>
public sealed record LawEntry(string Name, string Issuer, string Version, string Status);
