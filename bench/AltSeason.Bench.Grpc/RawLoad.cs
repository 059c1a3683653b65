using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace AltSeason.Bench.Grpc;

/// <summary>
/// A load client that knows nothing about gRPC beyond the bytes: it posts a prebuilt body and reads the whole
/// response and its trailers. The same client drives both endpoints, so the ratio isolates the server side.
/// </summary>
internal sealed class RawLoad(HttpClient http)
{
    public Task<LoadResult> UnaryAsync(string name, string path, byte[] body, int concurrency, TimeSpan duration) =>
        StreamingAsync(name, path, body, 1, concurrency, duration);

    /// <summary>Messages per second over calls each carrying <paramref name="messagesPerCall"/> response messages.</summary>
    public async Task<LoadResult> StreamingAsync(string name, string path, byte[] body, int messagesPerCall, int concurrency, TimeSpan duration)
    {
        await RunAsync(path, body, concurrency, TimeSpan.FromSeconds(1), _ => { });
        var latencies = new List<double>();
        var (calls, elapsed) = await RunAsync(path, body, concurrency, duration, ms =>
        {
            lock (latencies)
            {
                latencies.Add(ms);
            }
        });
        return LoadResult.From(name, calls * messagesPerCall, elapsed, latencies);
    }

    private async Task<(long Calls, TimeSpan Elapsed)> RunAsync(string path, byte[] body, int concurrency, TimeSpan duration, Action<double> record)
    {
        long calls = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var start = Stopwatch.GetTimestamp();
                await CallAsync(path, body);
                record(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref calls);
            }
        });
        await Task.WhenAll(workers);
        return (calls, Stopwatch.GetElapsedTime(started));
    }

    private async Task CallAsync(string path, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.CopyToAsync(Stream.Null);
        if (!response.TrailingHeaders.TryGetValues("grpc-status", out var status) || status.First() != "0")
        {
            throw new InvalidOperationException($"{path} did not end with grpc-status 0.");
        }
    }
}
