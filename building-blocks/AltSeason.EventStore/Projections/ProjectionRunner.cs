using AltSeason.EventStore.Subscriptions;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Projections;

/// <summary>
/// Moves one async projection forward a batch at a time. The checkpoint row is locked and compared at the start
/// of each batch transaction, so a concurrent reset or a stray second runner makes this batch roll back instead
/// of applying events twice.
/// </summary>
internal sealed class ProjectionRunner(PostgresEventStore store, IAsyncProjection projection)
{
    string Table => $"""
        "{store.Schema}".projection_checkpoints
        """.Trim();

    public IAsyncProjection Projection => projection;

    public async Task<Checkpoint> ReadCheckpointAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken, bool forUpdate = false)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT transaction_id, position FROM {Table} WHERE projection_name = $1{(forUpdate ? " FOR UPDATE" : "")}",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection.Name });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Checkpoint(reader.GetFieldValue<ulong>(0), reader.GetInt64(1))
            : Checkpoint.Start;
    }

    /// <summary>Applies the next batch; returns how many events it applied (0 when caught up).</summary>
    public async Task<int> RunBatchAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var checkpoint = await ReadCheckpointAsync(connection, null, cancellationToken);
        var events = await store.ReadAllAsync(connection, checkpoint, store.Options.Daemon.BatchSize, cancellationToken);
        if (events.Count == 0) return 0;

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureRowAsync(connection, transaction, cancellationToken);
        if (await ReadCheckpointAsync(connection, transaction, cancellationToken, forUpdate: true) != checkpoint)
        {
            await transaction.RollbackAsync(cancellationToken); // reset or moved by someone else: start over from the stored one
            return 0;
        }
        await projection.ApplyAsync(new ProjectionContext(connection, transaction, store.Schema), events, cancellationToken);
        await WriteCheckpointAsync(connection, transaction, events[^1].Checkpoint, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>Empties the read model and puts the checkpoint back to the start, atomically.</summary>
    public async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureRowAsync(connection, transaction, cancellationToken);
        await ReadCheckpointAsync(connection, transaction, cancellationToken, forUpdate: true);
        await projection.ResetAsync(new ProjectionContext(connection, transaction, store.Schema), cancellationToken);
        await WriteCheckpointAsync(connection, transaction, Checkpoint.Start, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    async Task EnsureRowAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {Table} (projection_name, transaction_id, position) VALUES ($1, '0', 0) ON CONFLICT DO NOTHING",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection.Name });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task WriteCheckpointAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Checkpoint checkpoint,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"UPDATE {Table} SET transaction_id = $2, position = $3, updated_at = now() WHERE projection_name = $1",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection.Name });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Xid8, Value = checkpoint.TransactionId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = checkpoint.Position });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
