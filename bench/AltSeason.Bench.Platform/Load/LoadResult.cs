namespace AltSeason.Bench.Platform.Load;

/// <summary>Completed calls per second and call latency percentiles of one load run.</summary>
sealed record LoadResult(double CallsPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    /// <summary>
    /// The server process's CPU time (all threads) over the run divided by the calls, when its process is known: what
    /// the server spends per call, apart from how much of the machine it got. It includes the thread pool's spinning
    /// while it waits for work, so it still moves between rounds (28-36 µs for the same Scoring build on 2026-12-07).
    /// </summary>
    public double? ServerCpuMicrosecondsPerCall { get; init; }

    public static LoadResult From(long calls, TimeSpan elapsed, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        double Percentile(double p) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[(int)Math.Min(latenciesMs.Count - 1, p * latenciesMs.Count)];
        return new LoadResult(calls / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }
}
