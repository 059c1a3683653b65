using AltSeason.Contracts.V1;
using AltSeason.Reliability.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Google.Protobuf;

namespace AltSeason.Reliability.Tests.Fuzzing;

/// <summary>
/// Generated request bodies against the running Ingestion service's gRPC socket: random bytes, truncated frames,
/// lying length prefixes, random flags, random protobuf. Every answer must be a well-formed gRPC status within the
/// deadline, and the service must go on answering real calls.
/// </summary>
[Collection(ReliabilityPlatformGroup.Name)]
public sealed class GrpcFramingFuzzTests(ReliabilityPlatform platform)
{
    const int Cases = 150;
    const string ImportPath = "/altseason.v1.Ingestion/Import";

    static readonly byte[] GoodRequest = new ImportRequest
    {
        FileName = "fuzz.csv", Format = "yahoo-csv", Content = ByteString.CopyFromUtf8("Date,Open,High,Low,Close,Adj Close,Volume\n"),
    }.ToByteArray();

    static Gen<byte[]> Bytes(int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    /// <summary>Bodies a broken or hostile client could send, weighted towards the framing edge cases.</summary>
    static readonly Gen<(string Kind, byte[] Body)> Bodies = Gen.OneOf(
        Bytes(64).Select(b => ("random bytes", b)),
        Bytes(200).Select(b => ("framed random protobuf", RawGrpcCall.Frame(b, (uint)b.Length))),
        Gen.Choose(0, GoodRequest.Length + 4).Select(n => ("truncated frame", RawGrpcCall.Frame(GoodRequest, (uint)GoodRequest.Length)[..n])),
        Gen.Choose(0, 1 << 30).Select(n => ("lying length prefix", RawGrpcCall.Frame(GoodRequest, (uint)n))),
        Gen.Choose(2, 255).Select(f => ("unknown flag", RawGrpcCall.Frame(GoodRequest, (uint)GoodRequest.Length, (byte)f))),
        Gen.Choose(2, 4).Select(n => ("several messages", Enumerable.Repeat(RawGrpcCall.Frame(GoodRequest, (uint)GoodRequest.Length), n).SelectMany(b => b).ToArray())));

    [Fact]
    public async Task Generated_bodies_always_get_a_grpc_status_and_the_service_keeps_serving()
    {
        var server = new Uri(platform.App.Project("ingestion").GrpcUrl);
        var token = platform.AllScopesToken();
        var kinds = new Dictionary<string, int>();
        Prop.ForAll(Bodies.ToArbitrary(), input =>
        {
            kinds[input.Kind] = kinds.GetValueOrDefault(input.Kind) + 1;
            var answer = RawGrpcCall.PostAsync(server, ImportPath, input.Body, token).GetAwaiter().GetResult();
            Assert.True(answer.HttpStatus == 200, $"{input.Kind}: HTTP {answer.HttpStatus}");
            Assert.True(int.TryParse(answer.GrpcStatus, out var status), $"{input.Kind}: no grpc-status");
            if (status != 0) Assert.False(string.IsNullOrWhiteSpace(answer.GrpcMessage), $"{input.Kind}: status {status} without a message");
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

        Console.WriteLine($"[reliability] gRPC framing fuzz: {Cases} bodies ({string.Join(", ", kinds.Select(k => $"{k.Value} {k.Key}"))})");
        var health = await RawGrpcCall.PostAsync(server, ImportPath, RawGrpcCall.Frame(GoodRequest, (uint)GoodRequest.Length), token);
        Assert.Equal("0", health.GrpcStatus);
    }
}
