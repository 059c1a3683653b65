using AltSeason.EventStore;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Projections;
using AltSeason.Grpc;
using Npgsql;

namespace AltSeason.SignalServices.Audit;

/// <summary>Runs the store's inline-projection rebuild for the audit API and turns its failures into gRPC statuses.</summary>
internal static class ReadModelRebuild
{
    public static async Task<InlineRebuildResult> RunAsync(PostgresEventStore store, InlineRebuildOptions readModel, CancellationToken ct)
    {
        try
        {
            return await store.RebuildInlineProjectionsAsync(readModel, ct);
        }
        catch (EventStoreException e)
        {
            // An event the service can no longer read (unknown type, bad JSON): the old tables stay as they were.
            throw new RpcException(StatusCode.FailedPrecondition, $"Rebuild of schema '{store.Schema}' rolled back: {e.Message}");
        }
        catch (PostgresException e)
        {
            throw new RpcException(StatusCode.Aborted,
                $"Rebuild of schema '{store.Schema}' rolled back; the read models are unchanged ({e.SqlState}: {e.MessageText}).");
        }
    }
}
