namespace RightsBot.Tests.Support;

/// <summary>Generous upper bounds for awaiting things in tests (never used as sleeps).</summary>
internal static class TestTimeouts
{
    public static TimeSpan Turn { get; } = TimeSpan.FromSeconds(15);
    public static TimeSpan Browser { get; } = TimeSpan.FromSeconds(60);
    public static TimeSpan Process { get; } = TimeSpan.FromSeconds(90);
}
