using AltSeason.Contracts.V1;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Reading;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;

namespace AltSeason.SignalServices.Audit;

/// <summary>
/// <c>altseason.v1.Audit</c> over one service's event store: History and AsOf read streams as stored, Verify
/// walks the hash chains, Replay delegates to the service's <see cref="IReplayer"/>.
/// </summary>
public sealed class AuditApi(PostgresEventStore store, IReplayer replayer, AuditOptions options)
{
    public async Task History(HistoryRequest request, IServerStreamWriter<AuditEvent> responses, CallContext context)
    {
        var streamId = RequireStream(request.StreamId, "stream_id");
        if (request.FromVersion < 0)
            throw new RpcException(StatusCode.InvalidArgument, $"from_version must be 0 or more, got {request.FromVersion}.");
        var from = Math.Max(1, request.FromVersion);
        var ct = context.CancellationToken;
        await RequireExistingAsync(streamId, ct);

        var previous = from > 1 ? await HashOfAsync(streamId, from - 1, ct) : null;
        foreach (var e in await store.ReadStreamAsync(streamId, new ReadStreamOptions { FromVersion = from }, ct))
        {
            await responses.WriteAsync(e.ToAuditEvent(previous), ct);
            previous = e.Hash;
        }
    }

    public async Task<AuditEvent> AsOf(AsOfRequest request, CallContext context)
    {
        var streamId = request.StreamId.Length > 0 ? RequireStream(request.StreamId, "stream_id") : StreamOfDate(request);
        var knownAt = request.KnownAt?.ToDateTimeOffset();
        var ct = context.CancellationToken;
        // The newest event recorded by known_at, and the one before it for the chain link.
        var latest = await store.ReadStreamAsync(streamId,
            new ReadStreamOptions { AsOf = knownAt, Direction = ReadDirection.Backward, MaxCount = 2 }, ct);
        if (latest.Count == 0)
            throw new RpcException(StatusCode.NotFound, knownAt is null
                ? $"Stream '{streamId}' has no events."
                : $"Stream '{streamId}' had no events at {knownAt:O}.");
        return latest[0].ToAuditEvent(latest.Count > 1 ? latest[1].Hash : null);
    }

    public async Task<ReplayReport> Replay(ReplayRequest request, CallContext context)
    {
        var outcome = await replayer.ReplayAsync(request.StreamPrefix, context.CancellationToken);
        var report = new ReplayReport { EventsReplayed = outcome.EventsReplayed, Differences = outcome.Mismatches.Count };
        report.Details.AddRange(outcome.Mismatches.Take(options.MaxReportedDifferences).Select(m => new ReplayDifference
        {
            StreamId = m.StreamId, Version = m.Version, Field = m.Field, Expected = m.Expected, Actual = m.Actual,
        }));
        return report;
    }

    public async Task<VerifyReport> Verify(VerifyRequest request, CallContext context)
    {
        var ct = context.CancellationToken;
        long streams;
        EventStore.Integrity.ChainVerification result;
        if (request.StreamId.Length == 0)
        {
            result = await store.VerifyAllAsync(ct);
            streams = await StreamCount.OfAsync(store, ct);
        }
        else
        {
            var streamId = RequireStream(request.StreamId, "stream_id");
            await RequireExistingAsync(streamId, ct);
            result = await store.VerifyStreamAsync(streamId, ct);
            streams = 1;
        }

        var report = new VerifyReport { Ok = result.IsIntact, StreamsChecked = streams, EventsChecked = result.EventsChecked };
        if (result.FirstBreak is { } broken)
            report.FirstBroken = new BrokenLink { StreamId = broken.StreamId, Version = broken.Version, Reason = broken.Reason };
        return report;
    }

    /// <summary>Admin only (see <see cref="AuditExtensions.MapAudit"/>): the read models, recomputed from the events.</summary>
    public async Task<RebuildReport> Rebuild(RebuildRequest request, CallContext context)
    {
        var readModel = options.ReadModel ?? throw new RpcException(StatusCode.FailedPrecondition,
            $"Schema '{store.Schema}' declares no read-model tables to rebuild.");
        var result = await ReadModelRebuild.RunAsync(store, readModel, context.CancellationToken);
        var report = new RebuildReport { EventsApplied = result.EventsApplied };
        report.Tables.AddRange(result.Tables.Select(t => new RebuiltTable { Name = t.Name, RowsBefore = t.RowsBefore, RowsAfter = t.RowsAfter }));
        return report;
    }

    string StreamOfDate(AsOfRequest request)
    {
        if (request.Family.Length == 0 || request.AsOf is null)
            throw new RpcException(StatusCode.InvalidArgument, "Give either stream_id, or family and as_of.");
        var date = request.AsOf.ToDateOnly("as_of");
        var streamId = options.StreamForDate(request.Family, date)
            ?? throw new RpcException(StatusCode.InvalidArgument, $"family '{request.Family}' is not served by this service.");
        return RequireStream(streamId, "family");
    }

    static string RequireStream(string streamId, string field) =>
        StreamId.IsValid(streamId)
            ? streamId
            : throw new RpcException(StatusCode.InvalidArgument,
                $"{field} '{streamId}' is not a valid stream id (lower-case letters, digits and ._:/- only, at most 200).");

    async Task RequireExistingAsync(string streamId, CancellationToken ct)
    {
        if (await store.GetStreamVersionAsync(streamId, ct) == 0)
            throw new RpcException(StatusCode.NotFound, $"Stream '{streamId}' does not exist.");
    }

    async Task<byte[]?> HashOfAsync(string streamId, long version, CancellationToken ct)
    {
        var events = await store.ReadStreamAsync(streamId, new ReadStreamOptions { FromVersion = version, ToVersion = version }, ct);
        return events.Count == 1 ? events[0].Hash : null;
    }
}
