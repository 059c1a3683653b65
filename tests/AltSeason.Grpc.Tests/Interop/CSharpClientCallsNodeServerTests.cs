using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;

namespace AltSeason.Grpc.Tests.Interop;

/// <summary>Our client calls a @grpc/grpc-js server.</summary>
public sealed class CSharpClientCallsNodeServerTests : IAsyncLifetime, IDisposable
{
    private NodeServer _server = null!;
    private GrpcClient _grpc = null!;

    public async Task InitializeAsync()
    {
        _server = await NodeInterop.StartServerAsync();
        _grpc = new GrpcClient(_server.Address);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _grpc.Dispose();

    [Fact]
    public async Task Unary_with_metadata()
    {
        var response = await _grpc.UnaryCallAsync<GetScoreRequest, ScoreEvaluation>("altseason.v1.Scoring/GetScore",
            new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 15 }, ModelVersion = "v1" },
            new CallOptions(Headers: new Metadata { { "x-user", "csharp-client" } }));

        Assert.Equal(150, response.Message.ScorePoints);
        Assert.Equal("v1", response.Message.ModelVersion);
        Assert.Equal("csharp-client", response.Trailers.GetValue("x-echo-user"));
    }

    [Fact]
    public async Task Server_streaming()
    {
        var days = new List<int>();
        await foreach (var score in new ScoringClient(_grpc).ListScoresAsync(new ListScoresRequest
        {
            From = new Date { Year = 2024, Month = 2, Day = 27 },
            To = new Date { Year = 2024, Month = 3, Day = 2 },
        }))
        {
            days.Add(score.AsOf.Day);
        }

        Assert.Equal([27, 28, 29, 1, 2], days);
    }

    [Fact]
    public async Task Error_status_with_a_percent_encoded_message()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new ScoringClient(_grpc).ExplainScoreAsync(new ExplainScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 15 } }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("Aucune évaluation: 100% des dates manquent ✓", error.Status.Detail);
        Assert.Equal("2024-03-15", error.Trailers.GetValue("x-missing-date"));
    }

    [Fact]
    public async Task Deadline_against_a_stream_that_never_ends()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var _ in new ScoringClient(_grpc).WatchScoresAsync(new WatchScoresRequest(), CallOptions.WithTimeout(TimeSpan.FromMilliseconds(300))))
            {
            }
        });

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }
}
