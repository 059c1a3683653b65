using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace AltSeason.Bench.Platform.Load;

/// <summary>
/// Posts one prebuilt gRPC request frame over and over and reads the whole response and its trailers; the same
/// client drives the real service and the bare endpoint, so the ratio isolates the server side. Closed loop at a
/// fixed concurrency (peak rate), or paced to a target rate (latency at a given load). Given the server's process id,
/// a closed loop also reports the server's CPU time per call.
/// </summary>
sealed class RawUnaryLoad(HttpClient http, string path, byte[] requestFrame, string? authorization, int? serverProcessId = null)
{
    public async Task<LoadResult> ClosedLoopAsync(int concurrency, TimeSpan duration)
    {
        // Warm-up: connections, caches, and the JIT: a freshly started service is still re-compiling its hot path at
        // higher tiers for several seconds (seen as the tiered-compilation thread taking a fifth of its CPU).
        await RunAsync(concurrency, TimeSpan.FromSeconds(5), null, _ => { });
        var latencies = new List<double>();
        var cpuBefore = ServerCpu();
        var (calls, elapsed) = await RunAsync(concurrency, duration, null, ms => { lock (latencies) latencies.Add(ms); });
        var cpu = ServerCpu() - cpuBefore;
        return LoadResult.From(calls, elapsed, latencies) with { ServerCpuMicrosecondsPerCall = cpu?.TotalMicroseconds / Math.Max(1, calls) };
    }

    TimeSpan? ServerCpu()
    {
        if (serverProcessId is not { } pid) return null;
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    /// <summary>Each worker starts its calls on a fixed schedule, so together they offer <paramref name="callsPerSecond"/>.</summary>
    public async Task<LoadResult> PacedAsync(double callsPerSecond, int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>();
        var (calls, elapsed) = await RunAsync(concurrency, duration, callsPerSecond / concurrency, ms => { lock (latencies) latencies.Add(ms); });
        return LoadResult.From(calls, elapsed, latencies);
    }

    async Task<(long Calls, TimeSpan Elapsed)> RunAsync(int concurrency, TimeSpan duration, double? perWorkerRate, Action<double> record)
    {
        long calls = 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var interval = perWorkerRate is { } rate ? Stopwatch.Frequency / rate : 0;
            var next = started + (long)(interval * worker / concurrency); // stagger the workers' schedules
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                if (interval > 0)
                {
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                    next += (long)interval;
                }
                var start = Stopwatch.GetTimestamp();
                await CallAsync();
                record(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref calls);
            }
        });
        await Task.WhenAll(workers);
        return (calls, Stopwatch.GetElapsedTime(started));
    }

    public async Task<byte[]> CallAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(requestFrame),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("authorization", authorization);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.First()
            : response.Headers.TryGetValues("grpc-status", out var headerValues) ? headerValues.First() : "missing";
        if (status != "0")
            throw new InvalidOperationException($"{path} ended with grpc-status {status} (HTTP {(int)response.StatusCode}).");
        return body;
    }
}
