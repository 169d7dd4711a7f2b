namespace RightsBot.Cases.Validation;

/// <summary>The outcome of <see cref="ChineseIdNumber.Check"/>, so the bot can say what is wrong with an ID number.</summary>
public enum IdNumberCheck
{
    /// <summary>An 18-character number with a real birth date and a correct check character.</summary>
    Valid,

    /// <summary>Not 18 characters once spaces are removed (an old 15-digit number among them).</summary>
    WrongLength,

    /// <summary>Something other than digits, with an X only in the last place.</summary>
    BadCharacters,

    /// <summary>The birth date (characters 7 to 14) is not a real day between 1900-01-01 and today.</summary>
    BadDate,

    /// <summary>The check character does not match the first 17 digits: most likely a typo.</summary>
    BadChecksum,
}
