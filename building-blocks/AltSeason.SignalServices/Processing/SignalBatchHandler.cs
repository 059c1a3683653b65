using AltSeason.Contracts.Messages;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Storage;
using Microsoft.Extensions.Logging;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Market data in two steps. A batch of <see cref="MarketDataIngested"/>, each exactly once, in one transaction: store
/// the rows the family reads as input events (message by message, in order) and record what they changed as pending
/// (<see cref="PendingEvaluations"/>); the broker's messages are then done. Later, once the messages stop coming for a
/// while (see <see cref="MessageCoalescer{T}"/>), one evaluation covers everything pending (<see cref="PendingEvaluator"/>).
/// A backfill of many files thus evaluates its history a few times instead of once per batch of files, and a service
/// holds no more messages than a batch while it evaluates. A concurrent writer makes an append fail; the batch, or
/// the evaluation, is tried again.
/// </summary>
public sealed class SignalBatchHandler(PostgresEventStore store, ISignalFamily family, TimeProvider clock, ILogger<SignalBatchHandler> logger)
    : IBatchProcessor<MarketDataIngested>, IDeferredWork
{
    readonly PendingEvaluator _evaluator = new(family, new OutputsJson(store.Serializer.Options));

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
        var (evaluated, changed) = await _evaluator.EvaluateAsync(session, tables, pending.Ingestions[^1], pending, ct);
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
}
