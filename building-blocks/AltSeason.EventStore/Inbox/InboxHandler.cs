using AltSeason.EventStore.Reading;
using Npgsql;

namespace AltSeason.EventStore.Inbox;

/// <summary>
/// Exactly-once effects over at-least-once delivery: the (message id, consumer) row is inserted first in the
/// handler's transaction. A concurrent duplicate waits on that row and then sees the conflict; a later duplicate
/// sees it at once. Either way the handler does not run twice.
/// </summary>
internal sealed class InboxHandler(PostgresEventStore store, EventStreamReader reader)
{
    public async Task<bool> HandleOnceAsync(string messageId, string consumer, Func<InboxContext, CancellationToken, Task> handle,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentNullException.ThrowIfNull(handle);

        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var claim = new NpgsqlCommand(
            $"""INSERT INTO "{store.Schema}".inbox (message_id, consumer) VALUES ($1, $2) ON CONFLICT DO NOTHING""",
            connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = messageId });
            claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = consumer });
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        var context = new InboxContext(store, reader, connection, transaction);
        await handle(context, cancellationToken);
        await context.Session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
