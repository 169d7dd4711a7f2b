namespace RightsBot.Benchmarks;

/// <summary>Percentiles of a set of latencies in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P99, double Max)
{
    public static LatencyStats Of(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }
}
