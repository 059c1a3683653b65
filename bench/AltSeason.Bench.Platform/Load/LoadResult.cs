namespace AltSeason.Bench.Platform.Load;

/// <summary>Completed calls per second and call latency percentiles of one load run.</summary>
sealed record LoadResult(double CallsPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    public static LoadResult From(long calls, TimeSpan elapsed, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        double Percentile(double p) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[(int)Math.Min(latenciesMs.Count - 1, p * latenciesMs.Count)];
        return new LoadResult(calls / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }
}
