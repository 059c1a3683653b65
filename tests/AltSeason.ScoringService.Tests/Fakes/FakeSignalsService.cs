using System.Collections.Concurrent;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Testing;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.ScoringService.Tests.Fakes;

/// <summary>
/// A signal family's gRPC service on a real cleartext HTTP/2 socket, served by the platform's own gRPC server and
/// answering from a list the test fills: what Scoring asks for when it lacks a component.
/// </summary>
public sealed class FakeSignalsService : IAsyncDisposable
{
    readonly LoopbackWebHost _host;

    FakeSignalsService(LoopbackWebHost host, FakeSignalsState state)
    {
        _host = host;
        State = state;
    }

    public FakeSignalsState State { get; }
    public Uri Address => _host.Address;

    /// <param name="port">A fixed port (to bring a "down" service back where Scoring expects it); 0 = any free port.</param>
    /// <param name="evaluations">Served from the first call on.</param>
    public static async Task<FakeSignalsService> StartAsync(string family, int port = 0, IEnumerable<SignalsEvaluation>? evaluations = null)
    {
        var service = family switch
        {
            "equities" => EquitiesSignalsReflection.Descriptor.Services[0],
            "derivatives" => DerivativesSignalsReflection.Descriptor.Services[0],
            "onchain" => OnchainSignalsReflection.Descriptor.Services[0],
            _ => throw new ArgumentException($"Unknown family '{family}'.", nameof(family)),
        };
        var state = new FakeSignalsState(family);
        foreach (var evaluation in evaluations ?? []) state.Evaluations.Add(evaluation);
        var host = await LoopbackWebHost.StartAsync(
            services => services.AddGrpcServer().AddSingleton(state),
            app => app.MapGrpcService<FakeSignalsApi>(service),
            port: port);
        return new FakeSignalsService(host, state);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>The evaluations the fake serves, and the calls it received.</summary>
public sealed class FakeSignalsState(string family)
{
    public string Family { get; } = family;
    public ConcurrentBag<SignalsEvaluation> Evaluations { get; } = [];
    public ConcurrentQueue<string> Calls { get; } = [];
}

/// <summary>The fake's GetSignals/ListSignals, bound to whichever family's service descriptor.</summary>
public sealed class FakeSignalsApi(FakeSignalsState state)
{
    public Task<SignalsEvaluation> GetSignals(GetSignalsRequest request, CallContext context)
    {
        state.Calls.Enqueue($"GetSignals {request.AsOf}");
        return Task.FromResult(state.Evaluations.FirstOrDefault(e => e.AsOf.Equals(request.AsOf))
            ?? throw new RpcException(StatusCode.NotFound, $"No {state.Family} evaluation for that date."));
    }

    public async Task ListSignals(ListSignalsRequest request, IServerStreamWriter<SignalsEvaluation> responses, CallContext context)
    {
        state.Calls.Enqueue($"ListSignals {request.From}..{request.To}");
        var from = Key(request.From);
        var to = Key(request.To);
        foreach (var evaluation in state.Evaluations.Where(e => Key(e.AsOf) >= from && Key(e.AsOf) <= to).OrderBy(e => Key(e.AsOf)))
            await responses.WriteAsync(evaluation, context.CancellationToken);
    }

    static int Key(Date date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
