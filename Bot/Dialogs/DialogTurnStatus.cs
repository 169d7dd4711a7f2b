namespace RightsBot.Dialogs;

/// <summary>What a dialog turn left behind.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>The active dialog waits for the worker's next message.</summary>
    Waiting,

    /// <summary>The outermost dialog finished.</summary>
    Complete,

    /// <summary>The stack was cancelled (by the worker, or because a dialog changed shape since it was saved).</summary>
    Cancelled,

    /// <summary>A prompt ran out of attempts and nobody handled it: the worker should be offered a person.</summary>
    GaveUp,
}
