using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;

namespace AltSeason.Grpc.Tests.Client;

public sealed class MessageLimitTests
{
    [Fact]
    public async Task Client_refuses_to_send_a_streamed_message_over_its_limit()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient(new GrpcClientOptions { MaxSendMessageSize = 512 });

        var error = await Assert.ThrowsAsync<RpcException>(() => new IngestionClient(grpc).UploadAsync(
            new ImportHeader { FileName = "big.csv" }, new MemoryStream(new byte[4096]), chunkSize: 1024));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("512", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_refuses_a_response_over_its_receive_limit()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient(new GrpcClientOptions { MaxReceiveMessageSize = 8 });

        var error = await Assert.ThrowsAsync<RpcException>(() => new ScoringClient(grpc).GetScoreAsync(
            new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 15 }, ModelVersion = "v1" }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }
}
