using AltSeason.EventStore;
using AltSeason.Scoring.Evaluation;
using AltSeason.SignalServices.Processing;

namespace AltSeason.Scoring.Consuming;

/// <summary>
/// Records a batch of family evaluations in one transaction: claims each one's inbox row (a redelivery or a relay's
/// second publish claims nothing), records the new ones as components and re-scores every affected date once.
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
