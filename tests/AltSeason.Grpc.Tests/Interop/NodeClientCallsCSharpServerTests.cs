using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Grpc.Tests.Hosting;

namespace AltSeason.Grpc.Tests.Interop;

/// <summary>@grpc/grpc-js, an independent implementation, calls our server.</summary>
public sealed class NodeClientCallsCSharpServerTests : IAsyncLifetime
{
    private GrpcTestHost _host = null!;

    public async Task InitializeAsync() => _host = await Hosts.StartScoringAsync(new Probe());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Unary()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "unary");

        Assert.Equal(0, result.GetProperty("code").GetInt32());
        Assert.Equal(150, result.GetProperty("score_points").GetDouble());
        Assert.Equal(15, result.GetProperty("day").GetInt32());
    }

    [Fact]
    public async Task Server_streaming()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "stream");

        Assert.Equal([27, 28, 29, 1, 2], result.GetProperty("days").EnumerateArray().Select(d => d.GetInt32()));
    }

    [Fact]
    public async Task Deadline_that_expires()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "deadline");

        Assert.Equal((int)StatusCode.DeadlineExceeded, result.GetProperty("code").GetInt32());
        Assert.InRange(result.GetProperty("elapsed_ms").GetInt32(), 250, 5000);
    }

    [Fact]
    public async Task Error_status_with_a_percent_encoded_message_and_trailers()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "error");

        Assert.Equal((int)StatusCode.NotFound, result.GetProperty("code").GetInt32());
        Assert.Equal(FakeScoringApi.NotFoundMessage, result.GetProperty("details").GetString());
        Assert.Equal("2024-03-15", result.GetProperty("trailer")[0].GetString());
    }

    [Fact]
    public async Task Unknown_method()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "unknown");

        Assert.Equal((int)StatusCode.Unimplemented, result.GetProperty("code").GetInt32());
        Assert.Contains("DeleteEverything", result.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_check()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "health");

        Assert.Equal("SERVING", result.GetProperty("server").GetString());
        Assert.Equal("SERVING", result.GetProperty("scoring").GetString());
    }

    [Fact]
    public async Task Reflection_with_the_standard_proto()
    {
        var result = await NodeInterop.RunClientAsync(_host.Address, "reflection");

        Assert.Equal(
            ["altseason.v1.Ingestion", "altseason.v1.Scoring", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"],
            result.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(3, result.GetProperty("files").GetInt32()); // scoring.proto, common.proto, timestamp.proto
    }
}
