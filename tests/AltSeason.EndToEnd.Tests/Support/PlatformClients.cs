using AltSeason.AppHost.Hosting;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using Google.Protobuf;

namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>gRPC clients of a running platform, as any internal client would hold them, with a token for every scope.</summary>
public sealed class PlatformClients(DistributedApplication app, GrpcClientOptions clientOptions) : IDisposable
{
    readonly Dictionary<string, GrpcClient> _channels = [];

    public IngestionClient Ingestion => new(Channel("ingestion"));
    public ScoringClient Scoring => new(Channel("scoring"));
    public SignalsClient Equities => SignalsClient.Equities(Channel("equities"));
    public AuditClient Audit(string service) => new(Channel(service));

    GrpcClient Channel(string service)
    {
        lock (_channels)
        {
            if (!_channels.TryGetValue(service, out var channel))
                _channels[service] = channel = new GrpcClient(new Uri(app.Project(service).GrpcUrl), clientOptions);
            return channel;
        }
    }

    public async Task<ImportReport> ImportAsync(string fileName, byte[] content, string format = "")
    {
        await using var stream = new MemoryStream(content);
        var report = await Ingestion.UploadAsync(new ImportHeader { FileName = fileName, Format = format }, stream,
            options: new CallOptions { Deadline = DateTime.UtcNow.AddMinutes(5) });
        Assert.True(report.Accepted, $"{fileName} was rejected: {string.Join("; ", report.Errors.Select(e => $"{e.File}:{e.Line}: {e.Reason}"))}");
        return report;
    }

    public static ByteString Bytes(byte[] content) => ByteString.CopyFrom(content);

    public void Dispose()
    {
        foreach (var channel in _channels.Values) channel.Dispose();
    }
}
