using AltSeason.EventStore.Events;
using AltSeason.EventStore.Reading;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Subscriptions;

/// <summary>
/// Reads all streams in commit-safe order. Only transactions older than the snapshot's xmin are read: every
/// transaction below it has finished, so no event can still appear behind the returned checkpoint.
/// </summary>
internal sealed class GlobalReader(string schema, EventSerializer serializer)
{
    public async Task<IReadOnlyList<RecordedEvent>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Checkpoint after, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var command = new NpgsqlCommand($"""
            SELECT {EventRows.Columns} FROM "{schema}".events
            WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
              AND (transaction_id, position) > ($1, $2)
            ORDER BY transaction_id, position
            LIMIT $3
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Xid8, Value = after.TransactionId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.Position });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        return await EventRows.ReadAllAsync(command, serializer, cancellationToken);
    }
}
