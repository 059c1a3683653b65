using System.Globalization;
using AltSeason.Bench.Grpc;
using AltSeason.Bench.Reporting;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;

// gRPC server overhead against bare Kestrel HTTP/2 endpoints in the same run. "bare" returns the very same
// response bytes, precomputed; "bare+serialize" also serializes the message on each call, as any gRPC server must,
// so the second ratio is the protocol layer's own cost. Goal: gRPC >= 70% of the bare rate.
//   dotnet run -c Release --project bench/AltSeason.Bench.Grpc [seconds-per-run] [concurrency] [all|unary|stream] [--quick] [--json <file>]
var output = BenchOutput.FromArgs("grpc-building-block", "gRPC building block (in-process Kestrel, canned Scoring API) vs bare Kestrel HTTP/2 endpoints", args);
var positional = BenchOutput.PositionalArgs(args);
var seconds = positional.Length > 0 ? double.Parse(positional[0], CultureInfo.InvariantCulture) : output.Quick ? 2 : 5;
var concurrency = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 32;
var only = positional.Length > 2 ? positional[2] : "all";
var duration = TimeSpan.FromSeconds(seconds);

var (app, address) = await BenchServer.StartAsync();
await using var _ = app;
using var http = new HttpClient(GrpcHttpHandler.Create()) { BaseAddress = address };
var load = new RawLoad(http);
var results = new List<LoadResult>();
var ratios = new List<string>();
Console.WriteLine($"Kestrel HTTP/2 on {address}, {Environment.ProcessorCount} cores, {seconds:0.#} s per run, concurrency {concurrency}");
Console.WriteLine($"unary response {Payloads.ScoreFrame.Length} bytes; streams of {Payloads.StreamLength} messages");

if (only is "all" or "unary")
{
    // Two rounds in alternating order; each endpoint keeps its better round, so neither gains from going last.
    var bare = await BestOfTwo(() => load.UnaryAsync("unary bare", BenchServer.BareUnary, Payloads.RequestFrame, concurrency, duration));
    var bareSerialize = await BestOfTwo(() => load.UnaryAsync("unary bare+serialize", BenchServer.BareUnarySerialize, Payloads.RequestFrame, concurrency, duration));
    var grpc = await BestOfTwo(() => load.UnaryAsync("unary gRPC", BenchServer.GrpcUnary, Payloads.RequestFrame, concurrency, duration));
    using var client = new GrpcClient(address);
    var typed = await TypedClientLoad.RunAsync(new ScoringClient(client), concurrency, duration);
    results.AddRange([bare, bareSerialize, grpc, typed]);
    ratios.Add(Ratio("unary (.NET load client)", grpc, bare, bareSerialize));

    var requests = (int)Math.Clamp(bare.PerSecond * seconds, 20_000, 500_000);
    var h2Bare = await H2Load.RequestsPerSecondAsync(address, BenchServer.BareUnary, Payloads.RequestFrame, requests, concurrency);
    if (h2Bare is { } h2BareRate)
    {
        var h2BareSerialize = await H2Load.RequestsPerSecondAsync(address, BenchServer.BareUnarySerialize, Payloads.RequestFrame, requests, concurrency) ?? 0;
        var h2Grpc = await H2Load.RequestsPerSecondAsync(address, BenchServer.GrpcUnary, Payloads.RequestFrame, requests, concurrency) ?? 0;
        results.AddRange([new("h2load unary bare", h2BareRate, double.NaN, double.NaN),
            new("h2load unary bare+serialize", h2BareSerialize, double.NaN, double.NaN), new("h2load unary gRPC", h2Grpc, double.NaN, double.NaN)]);
        ratios.Add(Ratio("unary (h2load)", results[^1], results[^3], results[^2]));
    }
    else
    {
        output.Note("h2load not installed (apt-get install nghttp2-client): the h2load runs were skipped");
    }
}

if (only is "all" or "stream")
{
    var streams = Math.Max(1, concurrency / 8);
    var bare = await BestOfTwo(() => load.StreamingAsync("stream bare", BenchServer.BareStream, Payloads.StreamRequestFrame, Payloads.StreamLength, streams, duration));
    var bareSerialize = await BestOfTwo(() => load.StreamingAsync("stream bare+serialize", BenchServer.BareStreamSerialize, Payloads.StreamRequestFrame, Payloads.StreamLength, streams, duration));
    var grpc = await BestOfTwo(() => load.StreamingAsync("stream gRPC", BenchServer.GrpcStream, Payloads.StreamRequestFrame, Payloads.StreamLength, streams, duration));
    results.AddRange([bare, bareSerialize, grpc]);
    ratios.Add(Ratio($"server streaming ({streams} concurrent streams)", grpc, bare, bareSerialize));
}

Console.WriteLine();
ratios.ForEach(Console.WriteLine);
foreach (var result in results)
{
    var unit = result.Name.Contains("stream", StringComparison.Ordinal) ? "messages/s" : "calls/s";
    var latency = double.IsNaN(result.P50Milliseconds) ? null : $"p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms";
    var bare = results.FirstOrDefault(r => r.Name == BareOf(result.Name));
    var figure = new Figure(result.Name, result.PerSecond, unit) { Note = latency };
    if (bare is not null && bare != result)
    {
        var share = result.PerSecond / bare.PerSecond;
        figure = figure.Against(bare.Name, bare.PerSecond).WithGoal(">= 70% of bare", share >= 0.7);
    }
    output.Add(figure);
}
await output.WriteAsync();

// Runs a measurement twice and keeps the faster round: background load on a shared machine only ever slows a run down.
static async Task<LoadResult> BestOfTwo(Func<Task<LoadResult>> measure)
{
    var first = await measure();
    var second = await measure();
    return first.PerSecond >= second.PerSecond ? first : second;
}

// The bare run a gRPC run is compared with: same load client, same kind of call.
static string BareOf(string name) => name.EndsWith(" gRPC", StringComparison.Ordinal) ? name[..^" gRPC".Length] + " bare" : name;

static string Ratio(string what, LoadResult grpc, LoadResult bare, LoadResult bareSerialize)
{
    var strict = grpc.PerSecond / bare.PerSecond;
    var protocol = grpc.PerSecond / bareSerialize.PerSecond;
    return $"{what}: gRPC/bare = {strict:P0} ({(strict >= 0.7 ? "meets" : "misses")} the 70% goal); gRPC/bare+serialize = {protocol:P0}";
}
