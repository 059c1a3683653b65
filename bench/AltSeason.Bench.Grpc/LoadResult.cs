namespace AltSeason.Bench.Grpc;

/// <summary>What one load run measured: completed calls (or messages) per second and call latency percentiles.</summary>
internal sealed record LoadResult(string Name, double PerSecond, double P50Milliseconds, double P99Milliseconds)
{
    public static LoadResult From(string name, long count, TimeSpan elapsed, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        double Percentile(double p) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[(int)Math.Min(latenciesMs.Count - 1, p * latenciesMs.Count)];
        return new LoadResult(name, count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }
}
