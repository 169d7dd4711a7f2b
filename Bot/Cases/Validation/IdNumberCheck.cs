namespace RightsBot.Cases.Validation;

/// <summary>The result of checking a resident ID number.</summary>
public enum IdNumberCheck
{
    Valid,
    WrongLength,
    BadCharacters,
    BadDate,
    BadChecksum,
}
