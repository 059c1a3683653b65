using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Clients;

/// <summary>
/// Typed client of a signal family's service; the three families share one message set,
/// e.g. <c>SignalsClient.Equities(client).GetSignalsAsync(...)</c>.
/// </summary>
public sealed class SignalsClient(GrpcClient client, string serviceName)
{
    public static SignalsClient Equities(GrpcClient client) => new(client, "altseason.v1.EquitiesSignals");

    public static SignalsClient Derivatives(GrpcClient client) => new(client, "altseason.v1.DerivativesSignals");

    public static SignalsClient OnChain(GrpcClient client) => new(client, "altseason.v1.OnChainSignals");

    public string ServiceName => serviceName;

    public Task<SignalsEvaluation> GetSignalsAsync(GetSignalsRequest request, CallOptions? options = null) =>
        client.UnaryAsync<GetSignalsRequest, SignalsEvaluation>($"{serviceName}/GetSignals", request, ScoringClient.Idempotent(options));

    public IAsyncEnumerable<SignalsEvaluation> ListSignalsAsync(ListSignalsRequest request, CallOptions? options = null) =>
        client.ServerStreamingAsync<ListSignalsRequest, SignalsEvaluation>($"{serviceName}/ListSignals", request, options);
}
