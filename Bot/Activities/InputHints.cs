namespace RightsBot.Activities;

/// <summary>The wire values of <c>inputHint</c> that Web Chat checks.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
