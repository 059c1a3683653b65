using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Grpc.Tests.Hosting;

namespace AltSeason.Grpc.Tests.Server;

public sealed class DeadlineAndCancellationTests
{
    private static readonly Date AnyDate = new() { Year = 2024, Month = 3, Day = 15 };

    [Fact]
    public async Task Expired_deadline_cancels_the_handler_and_ends_with_DEADLINE_EXCEEDED()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);

        // Raw request, so the status comes from the server's deadline and not from the client giving up.
        var raw = await RawHttp2.PostAsync(host.Address, "/altseason.v1.Scoring/GetScore",
            RawHttp2.Frame(new GetScoreRequest { AsOf = AnyDate, ModelVersion = "slow" }.ToByteArrayForTest()),
            headers: new Dictionary<string, string> { ["grpc-timeout"] = "200m" });

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), raw.GrpcStatus);
        await probe.HandlerCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Deadline_after_streamed_messages_ends_the_stream_with_DEADLINE_EXCEEDED_trailers()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);

        var raw = await RawHttp2.PostAsync(host.Address, "/altseason.v1.Scoring/WatchScores",
            RawHttp2.Frame(new WatchScoresRequest().ToByteArrayForTest()),
            headers: new Dictionary<string, string> { ["grpc-timeout"] = "300m" });

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), raw.GrpcStatus);
        var first = ScoreEvaluation.Parser.ParseFrom(raw.Body.AsSpan(5).ToArray());
        Assert.Equal(2024, first.AsOf.Year);
        await probe.HandlerCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Client_deadline_surfaces_as_DEADLINE_EXCEEDED()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient();
        var scoring = new ScoringClient(grpc);

        // A first call opens the connection and compiles the server's path, so the deadline below is spent
        // on the handler and not on a cold start (CI saw a 1 s deadline run out before the handler began).
        await scoring.GetScoreAsync(new GetScoreRequest { AsOf = AnyDate }, CallOptions.WithTimeout(TimeSpan.FromSeconds(30)));

        var error = await Assert.ThrowsAsync<RpcException>(() => scoring.GetScoreAsync(
            new GetScoreRequest { AsOf = AnyDate, ModelVersion = "slow" }, CallOptions.WithTimeout(TimeSpan.FromSeconds(1))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(probe.HandlerStarted.Task.IsCompleted, "the handler never started before the deadline; the cancellation below cannot be observed");
        await probe.HandlerCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Deadline_already_past_fails_without_calling_the_server()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient();

        var error = await Assert.ThrowsAsync<RpcException>(() => new ScoringClient(grpc).GetScoreAsync(
            new GetScoreRequest { AsOf = AnyDate }, new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(-1))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Equal(0, probe.Calls);
    }

    [Fact]
    public async Task Client_cancellation_reaches_a_streaming_handler()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient();
        using var cancel = new CancellationTokenSource();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var _ in new ScoringClient(grpc).WatchScoresAsync(new WatchScoresRequest(), new CallOptions(CancellationToken: cancel.Token)))
            {
                await probe.HandlerStarted.Task;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        await probe.HandlerCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Malformed_timeout_header_is_rejected_by_name()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());

        var raw = await RawHttp2.PostAsync(host.Address, "/altseason.v1.Scoring/GetScore",
            RawHttp2.Frame(new GetScoreRequest { AsOf = AnyDate }.ToByteArrayForTest()),
            headers: new Dictionary<string, string> { ["grpc-timeout"] = "soon" });

        Assert.Equal(((int)StatusCode.InvalidArgument).ToString(), raw.GrpcStatus);
        Assert.Contains("grpc-timeout", raw.GrpcMessage, StringComparison.Ordinal);
    }
}
