using System.Buffers.Binary;
using AltSeason.Bench.Platform.Memory;
using AltSeason.Bench.Reporting;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using Google.Protobuf;

namespace AltSeason.Bench.Platform.Load;

/// <summary>
/// Scoring's GetScore under load at a fixed concurrency, against a bare Kestrel endpoint serving the same response
/// bytes in a process of its own (and, for reference, inside the client's process), all driven by the same raw HTTP/2
/// client in the same run: peak calls/s and latency, then p99 at half the gRPC peak rate (goal: at least 70% of bare
/// at peak, p99 under 5 ms at half the peak rate).
/// </summary>
static class GetScoreLoad
{
    const string GetScorePath = "/altseason.v1.Scoring/GetScore";

    public static async Task MeasureAsync(BenchOutput output, Uri scoring, DateOnly day, string? authorization, int concurrency, TimeSpan duration)
    {
        var request = Frame(new GetScoreRequest { AsOf = day.ToMessage(), ModelVersion = "v1" });
        using var scoringHttp = new HttpClient(GrpcHttpHandler.Create()) { BaseAddress = scoring };
        var real = new RawUnaryLoad(scoringHttp, GetScorePath, request, authorization, ProcessTable.ListenerOf(scoring.Port));
        var response = await real.CallAsync();

        // Both bare servers get the same request, token included, so the client does the same work for each.
        await using var bareServer = await BareServerProcess.StartAsync(response);
        using var bareHttp = new HttpClient(GrpcHttpHandler.Create()) { BaseAddress = bareServer.Address };
        var bare = new RawUnaryLoad(bareHttp, BareEndpoint.Path, request, authorization, bareServer.ProcessId);
        var (app, address) = await BareEndpoint.StartAsync(response);
        await using var _ = app;
        using var inProcessHttp = new HttpClient(GrpcHttpHandler.Create()) { BaseAddress = address };
        var inProcess = new RawUnaryLoad(inProcessHttp, BareEndpoint.Path, request, authorization);

        // Alternate and keep each side's better round: load from others on a shared machine only ever slows a run.
        var (grpcRounds, bareRounds) = (new List<LoadResult>(), new List<LoadResult>());
        for (var round = 0; round < 2; round++)
        {
            grpcRounds.Add(await real.ClosedLoopAsync(concurrency, duration));
            bareRounds.Add(await bare.ClosedLoopAsync(concurrency, duration));
        }
        var (grpcPeak, barePeak) = (Best(grpcRounds), Best(bareRounds));
        var inProcessPeak = await inProcess.ClosedLoopAsync(concurrency, duration);
        output.Add(new Figure($"GetScore at concurrency {concurrency} ({response.Length} B response)", grpcPeak.CallsPerSecond, "calls/s")
            { Note = $"p50 {grpcPeak.P50Milliseconds:0.00} ms, p99 {grpcPeak.P99Milliseconds:0.00} ms; bare p50 {barePeak.P50Milliseconds:0.00} ms, p99 {barePeak.P99Milliseconds:0.00} ms" }
            .Against("bare Kestrel in its own process, same bytes", barePeak.CallsPerSecond)
            .WithGoal(">= 70% of bare", grpcPeak.CallsPerSecond >= 0.7 * barePeak.CallsPerSecond));
        output.Add(new Figure("GetScore at peak, against bare Kestrel inside the load client's process", grpcPeak.CallsPerSecond, "calls/s")
            { Note = "no process boundary on the bare side: client and server share one thread pool" }
            .Against("bare Kestrel in the bench's process", inProcessPeak.CallsPerSecond));
        if (LeastCpu(grpcRounds) is { } grpcCpu && LeastCpu(bareRounds) is { } bareCpu)
            output.Add(new Figure("GetScore server CPU per call at peak (Scoring's process, all threads)", grpcCpu, "µs")
                { Note = "the lower of two rounds per side" }
                .Against("bare Kestrel process CPU per call", bareCpu));
        output.Add(new Figure("GetScore p50 at peak", grpcPeak.P50Milliseconds, "ms").Against("bare Kestrel p50 at its peak", barePeak.P50Milliseconds));
        output.Add(new Figure("GetScore p99 at peak", grpcPeak.P99Milliseconds, "ms").Against("bare Kestrel p99 at its peak", barePeak.P99Milliseconds));

        var half = grpcPeak.CallsPerSecond / 2;
        var grpcHalf = await real.PacedAsync(half, concurrency, duration);
        var bareHalf = await bare.PacedAsync(half, concurrency, duration);
        output.Add(new Figure($"GetScore p99 at half the peak rate ({half:N0} calls/s offered, {grpcHalf.CallsPerSecond:N0} done)", grpcHalf.P99Milliseconds, "ms")
            { Note = $"p50 {grpcHalf.P50Milliseconds:0.00} ms" }
            .Against("bare Kestrel p99 at the same rate", bareHalf.P99Milliseconds)
            .WithGoal("p99 < 5 ms", grpcHalf.P99Milliseconds < 5));
    }

    static LoadResult Best(List<LoadResult> rounds) => rounds.MaxBy(r => r.CallsPerSecond)!;

    static double? LeastCpu(List<LoadResult> rounds) => rounds.Min(r => r.ServerCpuMicrosecondsPerCall);

    /// <summary>The gRPC length-prefixed message: no compression flag, 4-byte big-endian length, the bytes.</summary>
    static byte[] Frame(IMessage message)
    {
        var payload = message.ToByteArray();
        var frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }
}
