using System.Runtime.CompilerServices;
using AltSeason.Contracts.V1;
using AltSeason.EventStore;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Storage;

namespace AltSeason.SignalServices.Api;

/// <summary>
/// GetSignals / ListSignals of a family, bound to its own service descriptor (the three families share these
/// messages). <c>known_at</c> answers with what had been recorded by then, before later revisions.
/// </summary>
public sealed class SignalsApi(PostgresEventStore store, ISignalFamily family)
{
    /// <summary>Ranges longer than this are refused: a caller wanting more pages through them.</summary>
    public const int MaxListDays = 366 * 20;

    public async Task<SignalsEvaluation> GetSignals(GetSignalsRequest request, CallContext context)
    {
        var asOf = request.AsOf.ToDateOnly("as_of");
        await foreach (var found in ReadAsync(asOf, asOf, request.KnownAt?.ToDateTimeOffset(), context.CancellationToken))
            return ToMessage(found);
        throw new RpcException(StatusCode.NotFound, request.KnownAt is null
            ? $"{family.Name} has no evaluation for {asOf:yyyy-MM-dd}."
            : $"{family.Name} had no evaluation for {asOf:yyyy-MM-dd} at {request.KnownAt.ToDateTimeOffset():O}.");
    }

    public async Task ListSignals(ListSignalsRequest request, IServerStreamWriter<SignalsEvaluation> responses, CallContext context)
    {
        var from = request.From.ToDateOnly("from");
        var to = request.To.ToDateOnly("to");
        if (from > to)
            throw new RpcException(StatusCode.InvalidArgument, $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");
        if (to.DayNumber - from.DayNumber >= MaxListDays)
            throw new RpcException(StatusCode.InvalidArgument, $"from..to spans more than {MaxListDays} days; ask for a shorter range.");
        // Streamed from one query (one snapshot) as the rows come: a gap fill over years was held whole, 64 MB at a time.
        await foreach (var stored in ReadAsync(from, to, request.KnownAt?.ToDateTimeOffset(), context.CancellationToken))
            await responses.WriteAsync(ToMessage(stored), context.CancellationToken);
    }

    async IAsyncEnumerable<StoredEvaluation> ReadAsync(DateOnly from, DateOnly to, DateTimeOffset? knownAt, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await foreach (var stored in new SignalTables(connection, null, store.Schema).EvaluationsAsync(from, to, knownAt, ct))
            yield return stored;
    }

    SignalsEvaluation ToMessage(StoredEvaluation stored) =>
        stored.ToMessage(SignalStreams.Evaluation(family.Name, stored.AsOf), store.Serializer.Options);
}
