using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;

namespace AltSeason.Grpc.Tests.Server;

public sealed class UnaryAndStreamingTests
{
    private static readonly Date March15 = new() { Year = 2024, Month = 3, Day = 15 };

    [Fact]
    public async Task Unary_call_returns_the_handlers_response()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var score = await new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = March15, ModelVersion = "v1" });

        Assert.Equal(150, score.ScorePoints);
        Assert.Equal("v1", score.ModelVersion);
        Assert.Equal(March15, score.AsOf);
    }

    [Fact]
    public async Task Server_streaming_sends_every_message_in_order()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();
        var request = new ListScoresRequest { From = new Date { Year = 2024, Month = 2, Day = 27 }, To = new Date { Year = 2024, Month = 3, Day = 2 } };

        var days = new List<int>();
        await foreach (var score in new ScoringClient(grpc).ListScoresAsync(request))
        {
            days.Add(score.AsOf.Day);
        }

        Assert.Equal([27, 28, 29, 1, 2], days);
    }

    [Fact]
    public async Task Server_streaming_with_no_messages_ends_cleanly()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();
        var request = new ListScoresRequest { From = new Date { Year = 2024, Month = 3, Day = 2 }, To = new Date { Year = 2024, Month = 3, Day = 1 } };

        var count = 0;
        await foreach (var _ in new ScoringClient(grpc).ListScoresAsync(request))
        {
            count++;
        }

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Error_after_streamed_messages_reaches_the_client_as_trailers()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();
        var request = new ListScoresRequest { From = March15, To = March15, ModelVersion = "fail-after-stream" };

        var received = 0;
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var _ in new ScoringClient(grpc).ListScoresAsync(request))
            {
                received++;
            }
        });

        Assert.Equal(1, received);
        Assert.Equal(StatusCode.DataLoss, error.StatusCode);
        Assert.Equal("stream broke off", error.Status.Detail);
    }

    [Fact]
    public async Task Client_streaming_upload_reassembles_the_chunks()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();
        var lines = Enumerable.Range(1, 5000).Select(i => $"2024-01-01,{i}.5").ToArray();
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));

        var report = await new IngestionClient(grpc).UploadAsync(
            new ImportHeader { FileName = "big.csv", Format = "csv" }, new MemoryStream(bytes), chunkSize: 4096);

        Assert.Equal("big.csv", report.FileName);
        Assert.Equal(5000, report.AcceptedRows);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), report.ContentSha256);
    }

    [Fact]
    public async Task Handler_errors_keep_their_status_message_and_trailers()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = March15, ModelVersion = "missing" }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(FakeScoringApi.NotFoundMessage, error.Status.Detail);
        Assert.Equal("2024-03-15", error.Trailers.GetValue("x-missing-date"));
    }

    [Fact]
    public async Task Unexpected_exceptions_become_UNKNOWN_without_leaking_their_message()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = March15, ModelVersion = "boom" }));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.DoesNotContain("hunter2", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_mappings_choose_the_status()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe(),
            options => options.MapException<InvalidOperationException>(StatusCode.FailedPrecondition, _ => "not ready"));
        using var grpc = host.CreateClient();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = March15, ModelVersion = "boom" }));

        Assert.Equal(new Status(StatusCode.FailedPrecondition, "not ready"), error.Status);
    }

    [Fact]
    public async Task Text_and_binary_metadata_travel_both_ways()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        using var grpc = host.CreateClient();
        byte[] token = [0, 1, 2, 250, 255, 61];
        var headers = new Metadata { { "x-user", "auditor-7" }, { "x-token-bin", token } };

        var response = await grpc.UnaryCallAsync<GetScoreRequest, ScoreEvaluation>("altseason.v1.Scoring/GetScore",
            new GetScoreRequest { AsOf = March15, ModelVersion = "echo-metadata" }, new CallOptions(Headers: headers));

        Assert.Equal("auditor-7", probe.LastHeaders!.GetValue("x-user"));
        Assert.Equal(token, probe.LastHeaders.GetBytes("x-token-bin"));
        Assert.Equal("auditor-7", response.Headers.GetValue("x-echo-user"));
        Assert.Equal(token, response.Trailers.GetBytes("x-echo-token-bin"));
    }

    [Fact]
    public async Task Binary_metadata_is_accepted_padded_and_unpadded()
    {
        var probe = new Probe();
        await using var host = await Hosts.StartScoringAsync(probe);
        byte[] token = [7, 8];
        var body = Hosting.RawHttp2.Frame(new GetScoreRequest { AsOf = March15 }.ToByteArrayForTest());

        foreach (var encoded in new[] { "Bwg=", "Bwg" })
        {
            var raw = await Hosting.RawHttp2.PostAsync(host.Address, "/altseason.v1.Scoring/GetScore", body,
                headers: new Dictionary<string, string> { ["x-token-bin"] = encoded });

            Assert.Equal("0", raw.GrpcStatus);
            Assert.Equal(token, probe.LastHeaders!.GetBytes("x-token-bin"));
        }
    }
}
