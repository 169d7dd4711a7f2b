namespace RightsBot.Cases;

/// <summary>Who a case was passed to.</summary>
public enum ReferralTarget
{
    LaborInspection,
    Arbitration,
    LegalAid,
    UnionMediation,
}
