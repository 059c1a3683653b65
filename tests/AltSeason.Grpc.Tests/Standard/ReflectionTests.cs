using AltSeason.Grpc.Reflection.Protocol;
using AltSeason.Grpc.Tests.Fakes;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace AltSeason.Grpc.Tests.Standard;

public sealed class ReflectionTests
{
    private const string Method = "grpc.reflection.v1.ServerReflection/ServerReflectionInfo";

    private static async Task<List<ServerReflectionResponse>> AskAsync(GrpcClient grpc, params ServerReflectionRequest[] requests)
    {
        var answers = new List<ServerReflectionResponse>();
        await foreach (var answer in grpc.DuplexStreamingAsync<ServerReflectionRequest, ServerReflectionResponse>(Method, requests.ToAsyncEnumerable()))
        {
            answers.Add(answer);
        }

        return answers;
    }

    [Fact]
    public async Task Lists_every_mapped_service()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var answer = (await AskAsync(grpc, new ServerReflectionRequest { ListServices = "" })).Single();

        Assert.Equal(
            ["altseason.v1.Ingestion", "altseason.v1.Scoring", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"],
            answer.ListServicesResponse.Service.Select(s => s.Name).Order());
    }

    [Fact]
    public async Task File_containing_a_symbol_decodes_into_a_usable_descriptor()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var answer = (await AskAsync(grpc, new ServerReflectionRequest { FileContainingSymbol = "altseason.v1.Scoring" })).Single();

        // Dependencies have to be built before the files that import them.
        var files = FileDescriptor.BuildFromByteStrings(answer.FileDescriptorResponse.FileDescriptorProto.Reverse());
        var scoring = files.Single(f => f.Name == "altseason/v1/scoring.proto");
        var service = scoring.FindTypeByName<ServiceDescriptor>("Scoring");
        Assert.Equal(["GetScore", "ListScores", "WatchScores", "ExplainScore"], service.Methods.Select(m => m.Name));
        Assert.True(service.FindMethodByName("ListScores").IsServerStreaming);
        var evaluation = scoring.FindTypeByName<MessageDescriptor>("ScoreEvaluation");
        Assert.Equal("altseason.v1.Date", evaluation.FindFieldByName("as_of").MessageType.FullName);
        Assert.Contains(files, f => f.Name == "google/protobuf/timestamp.proto");
    }

    [Theory]
    [InlineData("altseason.v1.Scoring.GetScore")]
    [InlineData("altseason.v1.ScoreEvaluation")]
    [InlineData("grpc.health.v1.HealthCheckResponse.ServingStatus")]
    public async Task Methods_messages_and_nested_enums_resolve_to_their_file(string symbol)
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var answer = (await AskAsync(grpc, new ServerReflectionRequest { FileContainingSymbol = symbol })).Single();

        Assert.Equal(ServerReflectionResponse.MessageResponseOneofCase.FileDescriptorResponse, answer.MessageResponseCase);
        var first = FileDescriptorProto.Parser.ParseFrom(answer.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.StartsWith(first.Package, symbol, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_by_name_and_unknown_names_answer_on_one_stream()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();

        var answers = await AskAsync(grpc,
            new ServerReflectionRequest { FileByFilename = "altseason/v1/common.proto" },
            new ServerReflectionRequest { FileContainingSymbol = "altseason.v1.Missing" });

        var common = FileDescriptorProto.Parser.ParseFrom(answers[0].FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Contains(common.MessageType, m => m.Name == "Date");
        Assert.Equal((int)StatusCode.NotFound, answers[1].ErrorResponse.ErrorCode);
        Assert.Equal("altseason.v1.Missing", answers[1].OriginalRequest.FileContainingSymbol);
    }
}
