using AltSeason.Contracts.V1;
using AltSeason.Grpc.Tests.Fakes;

namespace AltSeason.Grpc.Tests.Client;

public sealed class RetryTests
{
    private static readonly GetScoreRequest FlakyRequest = new() { AsOf = new Date { Year = 2024, Month = 3, Day = 15 }, ModelVersion = "unavailable-twice" };
    private static readonly GrpcClientOptions FastRetries = new() { MaxRetryAttempts = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(5) };

    [Fact]
    public async Task Idempotent_call_is_retried_on_UNAVAILABLE()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient(FastRetries);

        var score = await grpc.UnaryAsync<GetScoreRequest, ScoreEvaluation>(
            "altseason.v1.Scoring/GetScore", FlakyRequest, new CallOptions(Idempotent: true));

        Assert.Equal(150, score.ScorePoints);
        Assert.Equal(3, probe.Calls);
    }

    [Fact]
    public async Task Call_not_marked_idempotent_is_not_retried()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient(FastRetries);

        var error = await Assert.ThrowsAsync<RpcException>(() => grpc.UnaryAsync<GetScoreRequest, ScoreEvaluation>(
            "altseason.v1.Scoring/GetScore", FlakyRequest, new CallOptions(Idempotent: false)));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public async Task Other_statuses_are_not_retried()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient(FastRetries);

        await Assert.ThrowsAsync<RpcException>(() => grpc.UnaryAsync<GetScoreRequest, ScoreEvaluation>(
            "altseason.v1.Scoring/GetScore", new GetScoreRequest { AsOf = FlakyRequest.AsOf, ModelVersion = "missing" }, new CallOptions(Idempotent: true)));

        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public async Task Unreachable_server_is_UNAVAILABLE()
    {
        // A port nothing listens on: bind one, note it, release it.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var grpc = new GrpcClient(new Uri($"http://127.0.0.1:{port}"), new GrpcClientOptions { MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        var error = await Assert.ThrowsAsync<RpcException>(() => grpc.UnaryAsync<GetScoreRequest, ScoreEvaluation>(
            "altseason.v1.Scoring/GetScore", FlakyRequest, new CallOptions(Idempotent: true)));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }
}
