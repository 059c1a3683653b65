using AltSeason.Contracts.Messages;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Storage;
using AltSeason.TimeSeries.Statistics;
using Microsoft.Extensions.Logging;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Market data in two steps. A batch of <see cref="MarketDataIngested"/>, each exactly once, in one transaction: store
/// the rows the family reads as input events (message by message, in order) and record what they changed as pending
/// (<see cref="PendingEvaluations"/>); the broker's messages are then done. Later, once the messages stop coming for a
/// while (see <see cref="MessageCoalescer{T}"/>), one evaluation covers everything pending: it re-evaluates once the
/// as-of dates any of it can affect, chunk by chunk of dates (see <see cref="EvaluationChunks"/>), and appends an
/// evaluation for each date whose outputs changed, announced up to <see cref="ISignalsEvaluated.MaxEvaluations"/> per
/// message. A backfill of many files thus evaluates its history a few times instead of once per batch of files, and a
/// service holds no more messages than a batch while it evaluates. A concurrent writer makes an append fail; the
/// batch, or the evaluation, is tried again.
/// </summary>
public sealed class SignalBatchHandler(PostgresEventStore store, ISignalFamily family, TimeProvider clock, ILogger<SignalBatchHandler> logger)
    : IBatchProcessor<MarketDataIngested>, IDeferredWork
{
    readonly OutputsJson _outputs = new(store.Serializer.Options);

    string Consumer => $"{family.Name}-signals";

    /// <summary>One message all the way: stored, then everything pending evaluated.</summary>
    /// <returns>False when the message was already handled (a redelivery).</returns>
    public async Task<bool> HandleAsync(MarketDataIngested message, CancellationToken ct)
    {
        var handled = (await ProcessAsync([message], ct))[0];
        await RunDeferredAsync(ct);
        return handled;
    }

    /// <summary>Stores the batch's inputs and what they leave to evaluate; evaluates nothing.</summary>
    public async Task<IReadOnlyList<bool>> ProcessAsync(IReadOnlyList<MarketDataIngested> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var claimed = await InboxClaim.TryClaimAllAsync(connection, transaction, store.Schema,
            [.. messages.Select(m => m.IngestionId.ToString())], Consumer, ct);
        var handled = messages.Select(m => claimed.Contains(m.IngestionId.ToString())).ToList();
        var fresh = messages.Where((_, i) => handled[i]).DistinctBy(m => m.IngestionId).ToList();
        if (fresh.Count == 0)
        {
            await transaction.RollbackAsync(ct);
            return handled;
        }

        var tables = new SignalTables(connection, transaction, store.Schema);
        var pending = new PendingEvaluations(connection, transaction, store.Schema);
        var session = store.OpenSession(connection, transaction);
        var series = 0;
        foreach (var message in fresh)
        {
            var received = await AppendInputsAsync(session, tables, message, ct);
            series += received.Count;
            // Nothing this family reads: the message is complete now; otherwise once its evaluation commits.
            if (received.Count == 0) session.Publish(new SignalsBatchCompleted(family.Name, message.IngestionId, 0, 0, clock.GetUtcNow()));
            foreach (var input in received) await pending.AddAsync(input, ct);
        }
        await session.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("{Family}: {Messages} ingestion(s) brought {Series} series to evaluate", family.Name, fresh.Count, series);
        return handled;
    }

    /// <summary>
    /// Evaluates everything pending in one transaction that sees one snapshot of the inputs; one instance at a time
    /// (the others wait on a lock), so two never evaluate the same work.
    /// </summary>
    public async Task RunDeferredAsync(CancellationToken ct)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var evaluating = await SessionLock.AcquireAsync(connection, $"{store.Schema}.signal_evaluation", ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var pendingTable = new PendingEvaluations(connection, transaction, store.Schema);
        var pending = await pendingTable.ReadAsync(ct);
        if (pending.IsEmpty)
        {
            await transaction.RollbackAsync(ct);
            return;
        }

        var session = store.OpenSession(connection, transaction);
        var tables = new SignalTables(connection, transaction, store.Schema);
        // An evaluation names one cause: the latest ingestion it covers, whose inputs it is the first to see.
        var (evaluated, changed) = await EvaluateAsync(session, tables, pending.Ingestions[^1], pending, ct);
        foreach (var ingestion in pending.Ingestions)
            session.Publish(new SignalsBatchCompleted(family.Name, ingestion, evaluated, changed, clock.GetUtcNow()));
        await pendingTable.DeleteAsync(pending.Ids, ct);
        await session.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("{Family}: {Ingestions} ingestion(s) evaluated; {Evaluated} dates evaluated, {Changed} changed",
            family.Name, pending.Ingestions.Count, evaluated, changed);
    }

    async Task<List<InputsReceived>> AppendInputsAsync(EventSession session, SignalTables tables, MarketDataIngested message, CancellationToken ct)
    {
        var heads = (await tables.InputHeadsAsync(ct)).ToDictionary(h => h.StreamId, h => h.Version);
        var received = message.Series.Where(s => family.Reads(s.Series) && s.Fields.Count > 0)
            .Select(s => ReceivedInputs.From(message, s)).ToList();
        foreach (var input in received)
        {
            var stream = SignalStreams.Inputs(input.Series);
            session.Append(stream, heads.TryGetValue(stream, out var version) ? ExpectedVersion.Exactly(version) : ExpectedVersion.NoStream, input);
        }
        await session.SaveChangesAsync(ct); // the inline projection updates the inputs table and the stream heads
        return received;
    }

    async Task<(int Evaluated, int Changed)> EvaluateAsync(EventSession session, SignalTables tables, Guid causedBy,
        PendingWork pending, CancellationToken ct)
    {
        var model = family.Current;
        // A model that reads the whole history gets it once for every chunk; one with a lookback gets only the last
        // date here (enough for its affected dates), then each chunk's window.
        var whole = model.LookbackDays is null ? await tables.InputsAsync(null, null, null, ct) : null;
        var bounds = whole ?? new SignalInputs(NoRows, NoSources, await tables.LastInputDateAsync(ct));
        if (AffectedRange(model, bounds, pending) is not { } range) return (0, 0);

        var references = await tables.InputHeadsAsync(ct);
        var evaluation = new ChunkEvaluation(model, references, SignalStreams.InputsSha256(references),
            [.. model.Parameters.Select(p => new SignalParameter(p.Key, p.Value))], causedBy);
        int evaluated = 0, changed = 0;
        foreach (var chunk in EvaluationChunks.Of(range, model.LookbackDays))
        {
            var inputs = whole ?? await tables.InputsAsync(chunk.InputsFrom, chunk.Through, bounds.LastDate, ct);
            var (chunkEvaluated, chunkChanged) = await EvaluateChunkAsync(session, tables, evaluation, inputs, chunk, ct);
            evaluated += chunkEvaluated;
            changed += chunkChanged;
        }
        return (evaluated, changed);
    }

    /// <summary>
    /// Evaluates one chunk, appends an evaluation for each date whose outputs changed and announces them; saved before
    /// the next chunk (same transaction), so nothing of it stays in memory.
    /// </summary>
    async Task<(int Evaluated, int Changed)> EvaluateChunkAsync(EventSession session, SignalTables tables, ChunkEvaluation run,
        SignalInputs inputs, EvaluationChunk chunk, CancellationToken ct)
    {
        var latest = await tables.LatestOutputHashesAsync(chunk.From, chunk.Through, ct);
        var results = run.Model.Evaluate(inputs, chunk.From, chunk.Through);
        var appended = new List<SignalsEvaluated>();
        foreach (var result in results)
        {
            var values = FiniteValues.Of(result.Values);
            var known = latest.TryGetValue(result.AsOf, out var stored);
            if (known && stored.ValuesSha256.AsSpan().SequenceEqual(_outputs.Sha256(values))) continue;
            var evaluation = new SignalsEvaluated(family.Name, result.AsOf, run.Model.Version, run.Model.CodeVersion, run.Parameters,
                run.References, run.InputsSha256, values, run.CausedBy);
            session.Append(SignalStreams.Evaluation(family.Name, result.AsOf),
                known ? ExpectedVersion.Exactly(stored.Version) : ExpectedVersion.NoStream, evaluation);
            appended.Add(evaluation);
        }
        if (appended.Count == 0) return (results.Count, 0);

        await session.SaveChangesAsync(ct);
        // The hash and recording time exist only once stored; announce from the read model, same transaction, a few
        // messages per chunk rather than one per date (each message costs the relay a broker confirm).
        var heads = await tables.LatestHeadsAsync(chunk.From, chunk.Through, ct);
        var announced = appended.Select(e =>
        {
            var head = heads[e.AsOf];
            return new AnnouncedEvaluation(e.AsOf, e.Values, e.ModelVersion, e.CodeVersion, e.InputsSha256,
                SignalStreams.Evaluation(family.Name, e.AsOf), head.Version, head.Sha256, head.RecordedAt);
        });
        foreach (var message in announced.Chunk(ISignalsEvaluated.MaxEvaluations)) session.Publish(family.ToMessage(message));
        await session.SaveChangesAsync(ct);
        return (results.Count, appended.Count);
    }

    static readonly IReadOnlyDictionary<string, IReadOnlyList<TimeSeries.Observation>> NoRows = new Dictionary<string, IReadOnlyList<TimeSeries.Observation>>();
    static readonly IReadOnlyDictionary<string, string> NoSources = new Dictionary<string, string>();

    /// <summary>What every chunk of one batch's evaluation shares.</summary>
    sealed record ChunkEvaluation(ISignalModel Model, IReadOnlyList<InputReference> References, string InputsSha256,
        IReadOnlyList<SignalParameter> Parameters, Guid CausedBy);

    /// <summary>The smallest range covering every date any pending change can affect, cut at the last known date.</summary>
    static AffectedDateRange? AffectedRange(ISignalModel model, Families.SignalInputs inputs, PendingWork pending)
    {
        if (inputs.LastDate is not { } last) return null;
        AffectedDateRange? range = null;
        foreach (var ((series, field), dates) in pending.Changed)
            foreach (var date in dates)
                range = AffectedDateRange.Cover(range, model.AffectedDates(inputs, series, field, date));
        if (range is null || range.From > last) return null;
        return range.Through > last ? range with { Through = last } : range;
    }
}
