using System.Collections.Concurrent;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring.Components;
using Microsoft.Extensions.Options;

namespace AltSeason.Scoring.Fetching;

/// <summary>
/// <see cref="ISignalSource"/> over the families' gRPC <c>ListSignals</c> (one call covers a whole window), with the
/// address from <c>services__&lt;family&gt;__grpc__0</c>. A service that is down or not configured yields null, and is
/// left alone for <see cref="ScoringOptions.FetchCoolDown"/> so a backlog of messages does not wait on it each time.
/// </summary>
internal sealed class GrpcSignalSource(IConfiguration configuration, IOptions<ScoringOptions> options, TimeProvider clock,
    UnansweredRequests unanswered, ILogger<GrpcSignalSource> logger, IOptions<GrpcClientOptions> clientOptions) : ISignalSource, IDisposable
{
    readonly ConcurrentDictionary<string, Lazy<SignalsClient?>> _clients = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, GrpcClient> _connections = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, DateTimeOffset> _quietUntil = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ComponentRecorded>?> ListAsync(string family, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        if (_quietUntil.TryGetValue(family, out var until) && clock.GetUtcNow() < until)
        {
            unanswered.Add(family, first, last);
            return null;
        }
        var client = _clients.GetOrAdd(family, f => new Lazy<SignalsClient?>(() => Create(f))).Value;
        if (client is null) return null;

        var request = new ListSignalsRequest { From = first.ToMessage(), To = last.ToMessage() };
        var call = CallOptions.WithTimeout(options.Value.FetchTimeout, idempotent: true, cancellationToken);
        try
        {
            var evaluations = new List<ComponentRecorded>();
            await foreach (var evaluation in client.ListSignalsAsync(request, call))
                if (ToComponent(family, evaluation) is { } component) evaluations.Add(component);
            _quietUntil.TryRemove(family, out _);
            return evaluations;
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The {Family} service did not answer ListSignals {From}..{To}: {Status} {Detail}; its component counts as missing until its messages arrive.",
                family, first, last, e.StatusCode, e.Status.Detail);
            _quietUntil[family] = clock.GetUtcNow() + options.Value.FetchCoolDown;
            unanswered.Add(family, first, last);
            return null;
        }
    }

    SignalsClient? Create(string family)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"services:{family}:grpc:0"]))
        {
            logger.LogWarning("No address for the {Family} service (services__{Family}__grpc__0); Scoring relies on its messages alone.", family, family);
            return null;
        }
        // The host's client defaults carry Scoring's own service token and any trusted development certificate.
        var connection = _connections.GetOrAdd(family, f => new GrpcClient(GrpcEndpoints.Resolve(configuration, f), clientOptions.Value));
        return family switch
        {
            SignalFamilies.Equities => SignalsClient.Equities(connection),
            SignalFamilies.Derivatives => SignalsClient.Derivatives(connection),
            SignalFamilies.OnChain => SignalsClient.OnChain(connection),
            _ => null,
        };
    }

    /// <summary>An evaluation without its event reference cannot be cited by a score, so it is skipped.</summary>
    static ComponentRecorded? ToComponent(string family, SignalsEvaluation evaluation)
    {
        if (evaluation.Event is null || evaluation.AsOf is null) return null;
        if (evaluation.Family.Length > 0 && !string.Equals(evaluation.Family, family, StringComparison.Ordinal)) return null;
        return new ComponentRecorded(family, evaluation.AsOf.ToDateOnly("as_of"), [.. evaluation.Values.Select(v => v.ToDomain())],
            evaluation.ModelVersion, evaluation.CodeVersion, evaluation.InputsSha256,
            new SourceEvaluation(evaluation.Event.StreamId, evaluation.Event.StreamVersion, evaluation.Event.EventSha256,
                evaluation.Event.RecordedAt?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch),
            ComponentVia.Grpc);
    }

    public void Dispose()
    {
        foreach (var connection in _connections.Values) connection.Dispose();
    }
}
