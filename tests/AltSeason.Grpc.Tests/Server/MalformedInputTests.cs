using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Grpc.Tests.Hosting;

namespace AltSeason.Grpc.Tests.Server;

/// <summary>Each bad request gets its own status, and the server keeps serving good calls afterwards.</summary>
public sealed class MalformedInputTests
{
    private const string GetScore = "/altseason.v1.Scoring/GetScore";
    private static readonly byte[] GoodRequest = new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 15 } }.ToByteArrayForTest();

    public static TheoryData<string, byte[], string, StatusCode, int> Cases => new()
    {
        { "truncated prefix", [0, 0, 0], "application/grpc", StatusCode.Internal, 200 },
        { "length prefix larger than the body", RawHttp2.Frame(GoodRequest, length: (uint)GoodRequest.Length + 10), "application/grpc", StatusCode.Internal, 200 },
        { "message over the 4 MiB limit", RawHttp2.Frame([1, 2, 3], length: 5 * 1024 * 1024), "application/grpc", StatusCode.ResourceExhausted, 200 },
        { "garbage protobuf", RawHttp2.Frame([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]), "application/grpc", StatusCode.Internal, 200 },
        { "no message at all", [], "application/grpc", StatusCode.Internal, 200 },
        { "two messages in a unary call", [.. RawHttp2.Frame(GoodRequest), .. RawHttp2.Frame(GoodRequest)], "application/grpc", StatusCode.Internal, 200 },
        { "compressed flag without grpc-encoding", RawHttp2.Frame(GoodRequest, flag: 1), "application/grpc", StatusCode.Internal, 200 },
        { "wrong content type", RawHttp2.Frame(GoodRequest), "application/json", StatusCode.Internal, 415 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_request_gets_the_right_status_and_the_server_keeps_serving(
        string description, byte[] body, string contentType, StatusCode expected, int expectedHttpStatus)
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());

        var raw = await RawHttp2.PostAsync(host.Address, GetScore, body, contentType);

        Assert.True(expectedHttpStatus == raw.HttpStatus, $"{description}: HTTP {raw.HttpStatus}");
        Assert.True(((int)expected).ToString() == raw.GrpcStatus, $"{description}: grpc-status {raw.GrpcStatus} ({raw.GrpcMessage})");
        Assert.False(string.IsNullOrEmpty(raw.GrpcMessage), $"{description}: the status must say what was wrong");
        using var grpc = host.CreateClient();
        var score = await new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 15 } });
        Assert.Equal(150, score.ScorePoints);
    }

    [Fact]
    public async Task Message_over_a_configured_limit_is_RESOURCE_EXHAUSTED()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe(), options => options.MaxReceiveMessageSize = 1024);
        using var grpc = host.CreateClient();

        var error = await Assert.ThrowsAsync<RpcException>(() => new IngestionClient(grpc).ImportAsync(
            new ImportRequest { FileName = "big.csv", Content = Google.Protobuf.ByteString.CopyFrom(new byte[2048]) }));
        var small = await new IngestionClient(grpc).ImportAsync(
            new ImportRequest { FileName = "small.csv", Content = Google.Protobuf.ByteString.CopyFromUtf8("a\nb\n") });

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("1024", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, small.AcceptedRows);
    }

    [Fact]
    public async Task Gzip_compressed_request_is_accepted()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(GoodRequest);
        }

        var raw = await RawHttp2.PostAsync(host.Address, GetScore, RawHttp2.Frame(compressed.ToArray(), flag: 1),
            headers: new Dictionary<string, string> { ["grpc-encoding"] = "gzip" });

        Assert.Equal("0", raw.GrpcStatus);
        var score = ScoreEvaluation.Parser.ParseFrom(raw.Body.AsSpan(5).ToArray());
        Assert.Equal(150, score.ScorePoints);
    }

    [Fact]
    public async Task Unsupported_encoding_is_UNIMPLEMENTED()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());

        var raw = await RawHttp2.PostAsync(host.Address, GetScore, RawHttp2.Frame(GoodRequest, flag: 1),
            headers: new Dictionary<string, string> { ["grpc-encoding"] = "snappy" });

        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), raw.GrpcStatus);
        Assert.Contains("snappy", raw.GrpcMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/altseason.v1.Scoring/DeleteEverything", "DeleteEverything")]
    [InlineData("/altseason.v1.Nope/GetScore", "altseason.v1.Nope")]
    public async Task Unknown_method_is_UNIMPLEMENTED_as_Trailers_Only(string path, string named)
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());

        var raw = await RawHttp2.PostAsync(host.Address, path, RawHttp2.Frame(GoodRequest));

        Assert.Equal(200, raw.HttpStatus);
        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), raw.GrpcStatus);
        Assert.Contains(named, raw.GrpcMessage, StringComparison.Ordinal);
        Assert.Empty(raw.Body);
    }
}
