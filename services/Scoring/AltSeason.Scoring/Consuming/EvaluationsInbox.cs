using AltSeason.EventStore;
using AltSeason.Scoring.Evaluation;
using AltSeason.SignalServices.Processing;

namespace AltSeason.Scoring.Consuming;

/// <summary>
/// Records a batch of family evaluations in one transaction: claims each one's inbox row (a redelivery or a relay's
/// second publish claims nothing), records the new ones as components and re-scores every affected date once.
/// Batches are serialized across instances by a transaction-scoped advisory lock.
/// </summary>
internal sealed class EvaluationsInbox(PostgresEventStore store, ScoringBatch batch, ILogger<EvaluationsInbox> logger)
    : IBatchProcessor<ReceivedEvaluation>
{
    public const string Consumer = "scoring-components";

    public async Task<IReadOnlyList<bool>> ProcessAsync(IReadOnlyList<ReceivedEvaluation> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // One scoring batch at a time across instances: a batch reads the components another instance is writing,
        // and a score built from a read taken before that commit would silently miss a family.
        await using (var serialize = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1))", connection, transaction))
        {
            serialize.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = store.Schema + ".scoring-batch" });
            await serialize.ExecuteNonQueryAsync(ct);
        }
        var claimed = await InboxClaim.TryClaimAllAsync(connection, transaction, store.Schema, [.. messages.Select(m => m.MessageId)], Consumer, ct);
        var handled = messages.Select(m => claimed.Contains(m.MessageId)).ToList();
        var fresh = messages.Where((_, i) => handled[i]).DistinctBy(m => m.MessageId).Select(m => m.Component).ToList();
        if (fresh.Count == 0)
        {
            await transaction.RollbackAsync(ct);
            return handled;
        }

        var session = store.OpenSession(connection, transaction);
        var outcome = await batch.RecordAsync(session, fresh, ct);
        await session.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("{Count} evaluation message(s) ({Fresh} new): {Outcome}", messages.Count, fresh.Count, outcome);
        return handled;
    }
}
