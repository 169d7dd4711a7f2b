namespace RightsBot.Dialogs.Interruptions;

/// <summary>Words a worker can say at any point, whatever the bot just asked.</summary>
public enum Interruption
{
    Help,
    Cancel,
    Restart,
    Person,
}
