using System.Collections.Concurrent;
using System.Diagnostics;

namespace AltSeason.Reliability.Tests.Load;

/// <summary>
/// Starts one call every 1/rate seconds for a fixed time, whether or not earlier calls have answered (open loop:
/// a slow server shows up as latency, not as fewer calls), and records each call's latency and outcome.
/// </summary>
public sealed class SteadyLoad(int callsPerSecond, TimeSpan duration)
{
    public async Task<(LatencySummary Latency, IReadOnlyList<string> Failures, int Answered)> RunAsync(Func<Task<bool>> call)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var answered = 0;
        var calls = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(callsPerSecond * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / callsPerSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            calls.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    if (await call()) Interlocked.Increment(ref answered);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is RpcException or HttpRequestException or TaskCanceledException or IOException)
                {
                    failures.Add(e.Message);
                }
            }));
        }
        await Task.WhenAll(calls);
        return (LatencySummary.Of(latencies), [.. failures], answered);
    }
}
