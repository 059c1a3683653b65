using AltSeason.Grpc.Health.Protocol;

namespace AltSeason.Grpc.Clients;

/// <summary>Typed client of the standard <c>grpc.health.v1.Health</c> service.</summary>
public sealed class HealthClient(GrpcClient client)
{
    public const string Service = "grpc.health.v1.Health";

    public Task<HealthCheckResponse> CheckAsync(string service = "", CallOptions? options = null) =>
        client.UnaryAsync<HealthCheckRequest, HealthCheckResponse>(
            $"{Service}/Check", new HealthCheckRequest { Service = service }, ScoringClient.Idempotent(options));

    public Task<HealthListResponse> ListAsync(CallOptions? options = null) =>
        client.UnaryAsync<HealthListRequest, HealthListResponse>($"{Service}/List", new HealthListRequest(), ScoringClient.Idempotent(options));

    public IAsyncEnumerable<HealthCheckResponse> WatchAsync(string service = "", CallOptions? options = null) =>
        client.ServerStreamingAsync<HealthCheckRequest, HealthCheckResponse>(
            $"{Service}/Watch", new HealthCheckRequest { Service = service }, options);
}
