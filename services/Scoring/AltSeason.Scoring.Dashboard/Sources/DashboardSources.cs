using System.Collections.Concurrent;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using Microsoft.Extensions.Configuration;

namespace AltSeason.Scoring.Dashboard.Sources;

/// <summary>
/// The gRPC clients the dashboard reads through. Addresses are resolved at the first request, not at start-up,
/// so Scoring starts even when a signal service is not configured; that chart then says so instead.
/// </summary>
internal sealed class DashboardSources(DashboardOptions options, IConfiguration configuration, GrpcClientOptions clientOptions) : IDisposable
{
    private readonly ConcurrentDictionary<string, GrpcClient> _clients = new();

    public DashboardOptions Options => options;

    public ScoringClient Scoring() => new(Client("scoring", options.ScoringAddress, "Kestrel:Endpoints:grpc:Url"));

    public SignalsClient Equities() => SignalsClient.Equities(Client("equities", options.EquitiesAddress));

    public SignalsClient OnChain() => SignalsClient.OnChain(Client("onchain", options.OnChainAddress));

    public CallOptions Call(CancellationToken cancellationToken) =>
        CallOptions.WithTimeout(options.CallTimeout, idempotent: true, cancellationToken);

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private GrpcClient Client(string service, Uri? configured, string? ownEndpointKey = null) =>
        _clients.GetOrAdd(service, _ => new GrpcClient(configured ?? Resolve(service, ownEndpointKey), clientOptions));

    private Uri Resolve(string service, string? ownEndpointKey)
    {
        var value = configuration[$"services:{service}:grpc:0"] ?? (ownEndpointKey is null ? null : configuration[ownEndpointKey]);
        return Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address
            : throw new SourceUnavailableException(service, null,
                $"no gRPC address configured: set services__{service}__grpc__0 (now '{value ?? ""}')");
    }
}
