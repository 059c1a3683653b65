using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Clients;

/// <summary>Typed client of <c>altseason.v1.Audit</c>, which every service exposes for its own streams.</summary>
public sealed class AuditClient(GrpcClient client)
{
    public const string Service = "altseason.v1.Audit";

    public IAsyncEnumerable<AuditEvent> HistoryAsync(HistoryRequest request, CallOptions? options = null) =>
        client.ServerStreamingAsync<HistoryRequest, AuditEvent>($"{Service}/History", request, options);

    public Task<AuditEvent> AsOfAsync(AsOfRequest request, CallOptions? options = null) =>
        client.UnaryAsync<AsOfRequest, AuditEvent>($"{Service}/AsOf", request, ScoringClient.Idempotent(options));

    public Task<ReplayReport> ReplayAsync(ReplayRequest request, CallOptions? options = null) =>
        client.UnaryAsync<ReplayRequest, ReplayReport>($"{Service}/Replay", request, ScoringClient.Idempotent(options));

    public Task<VerifyReport> VerifyAsync(VerifyRequest request, CallOptions? options = null) =>
        client.UnaryAsync<VerifyRequest, VerifyReport>($"{Service}/Verify", request, ScoringClient.Idempotent(options));
}
