using System.Diagnostics;
using AltSeason.Grpc.Clients;

namespace AltSeason.Bench.Grpc;

/// <summary>The same unary load through the platform's own client, end to end, for information.</summary>
internal static class TypedClientLoad
{
    public static async Task<LoadResult> RunAsync(ScoringClient client, int concurrency, TimeSpan duration)
    {
        await RunOnceAsync(client, concurrency, TimeSpan.FromSeconds(1), []);
        var latencies = new List<double>();
        var (calls, elapsed) = await RunOnceAsync(client, concurrency, duration, latencies);
        return LoadResult.From("unary gRPC (GrpcClient)", calls, elapsed, latencies);
    }

    private static async Task<(long, TimeSpan)> RunOnceAsync(ScoringClient client, int concurrency, TimeSpan duration, List<double> latencies)
    {
        long calls = 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var start = Stopwatch.GetTimestamp();
                await client.GetScoreAsync(Payloads.Request);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                }

                Interlocked.Increment(ref calls);
            }
        }));
        return (calls, Stopwatch.GetElapsedTime(started));
    }
}
