namespace AltSeason.Reliability.Tests.Load;

/// <summary>Nearest-rank percentiles of call latencies, in milliseconds.</summary>
public sealed record LatencySummary(int Calls, double P50, double P99, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Rank(0.50), Rank(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }
}
