namespace RightsBot.Cases;

/// <summary>What a case is about.</summary>
public enum CaseType
{
    /// <summary>欠薪: a wage-arrears report (number prefix QX).</summary>
    WageArrears,

    /// <summary>困难帮扶: a hardship application (number prefix KN).</summary>
    Hardship,
}
