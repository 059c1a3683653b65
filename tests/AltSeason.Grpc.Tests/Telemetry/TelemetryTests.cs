using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;

namespace AltSeason.Grpc.Tests.Telemetry;

/// <summary>Listens to the library's ActivitySource and Meter; other tests running in parallel may add noise, so filters are specific.</summary>
public sealed class TelemetryTests
{
    private static readonly Date AnyDate = new() { Year = 2024, Month = 3, Day = 15 };

    [Fact]
    public async Task Client_and_server_spans_share_the_trace_through_traceparent()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GrpcTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient();
        using var root = new ActivitySource("AltSeason.Grpc.Tests.Telemetry");
        using var rootListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == root.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(rootListener);

        ActivityTraceId traceId;
        using (var test = root.StartActivity("test")!)
        {
            traceId = test.TraceId;
            await new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = AnyDate, ModelVersion = "telemetry" });
        }

        var mine = spans.Where(s => s.TraceId == traceId).ToList();
        var client = Assert.Single(mine, s => s.Kind == ActivityKind.Client);
        var server = Assert.Single(mine, s => s.Kind == ActivityKind.Server);
        Assert.Equal("altseason.v1.Scoring/GetScore", client.OperationName);
        Assert.Equal("GetScore", server.GetTagItem("rpc.method"));
        Assert.Equal(0, server.GetTagItem("rpc.grpc.status_code"));
        Assert.Contains(traceId.ToHexString(), probe.LastHeaders!.GetValue("traceparent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_are_counted_and_timed_by_method_and_status()
    {
        var measurements = new ConcurrentBag<(string Instrument, string? Method, int? Status)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GrpcTelemetry.SourceName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Collect<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            string? method = null;
            int? status = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "rpc.method") method = tag.Value as string;
                if (tag.Key == "rpc.grpc.status_code") status = (int?)tag.Value;
            }

            measurements.Add((instrument.Name, method, status));
        }

        meters.SetMeasurementEventCallback<long>(Collect);
        meters.SetMeasurementEventCallback<double>(Collect);
        meters.Start();
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        await new ScoringClient(grpc).ExplainScoreAsync(new ExplainScoreRequest { AsOf = AnyDate });
        await Assert.ThrowsAsync<RpcException>(() => new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = AnyDate, ModelVersion = "missing" }));

        Assert.Contains(("rpc.server.calls", "ExplainScore", 0), measurements);
        Assert.Contains(("rpc.server.call.duration", "ExplainScore", 0), measurements);
        Assert.Contains(("rpc.client.calls", "ExplainScore", 0), measurements);
        Assert.Contains(("rpc.server.calls", "GetScore", (int)StatusCode.NotFound), measurements);
        Assert.Contains(("rpc.client.call.duration", "GetScore", (int)StatusCode.NotFound), measurements);
    }
}
