using AltSeason.EventStore.Configuration;
using AltSeason.EventStore.Reading;
using AltSeason.EventStore.Subscriptions;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Projections;

/// <summary>
/// Rebuilds the tables of the store's inline projections from its events, in one transaction: readers keep seeing the
/// old rows until the commit, and any failure rolls everything back, leaving the old tables as they were.
/// </summary>
public static class InlineProjectionRebuild
{
    /// <summary>Events decoded and applied per round trip; large input events (backfills) keep this moderate.</summary>
    const int BatchSize = 500;

    public static async Task<InlineRebuildResult> RebuildInlineProjectionsAsync(this PostgresEventStore store, InlineRebuildOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var tables = options.Tables.Select(t => Qualified(store.Schema, t)).ToList();
        if (tables.Count == 0) throw new ArgumentException("Name at least one read-model table to rebuild.", nameof(options));

        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (options.WriterLock is { } writerLock)
        {
            await using var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1))", connection, transaction);
            serialize.Parameters.Add(new NpgsqlParameter<string> { TypedValue = writerLock });
            await serialize.ExecuteNonQueryAsync(cancellationToken);
        }

        // Appends take ROW EXCLUSIVE on events, which this mode conflicts with: it waits for every open append to commit
        // and holds new ones back until the rebuild commits. It is self-exclusive, so two rebuilds run one after the other.
        await Execute(connection, transaction, $"""LOCK TABLE "{store.Schema}".events IN SHARE ROW EXCLUSIVE MODE""", cancellationToken);

        var before = new List<long>();
        foreach (var table in tables) before.Add(await CountAsync(connection, transaction, table, cancellationToken));
        foreach (var table in tables) await Execute(connection, transaction, $"DELETE FROM {table}", cancellationToken);

        var context = new ProjectionContext(connection, transaction, store.Schema);
        var applied = 0L;
        var after = Checkpoint.Start;
        while (true)
        {
            var events = await ReadBatchAsync(store, connection, transaction, after, cancellationToken);
            if (events.Count == 0) break;
            foreach (var projection in store.Options.Projections.Inline)
                await projection.ApplyAsync(context, events, cancellationToken);
            applied += events.Count;
            after = events[^1].Checkpoint;
        }

        var rebuilt = new List<RebuiltTable>();
        for (var i = 0; i < tables.Count; i++)
            rebuilt.Add(new RebuiltTable(options.Tables[i], before[i], await CountAsync(connection, transaction, tables[i], cancellationToken)));
        await transaction.CommitAsync(cancellationToken);
        return new InlineRebuildResult(applied, rebuilt);
    }

    /// <summary>
    /// All committed events in global order. No snapshot horizon is needed (unlike subscribers): under the lock no
    /// transaction that appended events is still open in this schema.
    /// </summary>
    static async Task<IReadOnlyList<Events.RecordedEvent>> ReadBatchAsync(PostgresEventStore store, NpgsqlConnection connection,
        NpgsqlTransaction transaction, Checkpoint after, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT {EventRows.Columns} FROM "{store.Schema}".events
            WHERE (transaction_id, position) > ($1, $2)
            ORDER BY transaction_id, position
            LIMIT $3
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Xid8, Value = after.TransactionId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.Position });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
        return await EventRows.ReadAllAsync(command, store.Serializer, cancellationToken);
    }

    /// <summary>Table names are spliced into SQL, so they follow the same rule as schema names.</summary>
    static string Qualified(string schema, string table)
    {
        try
        {
            return $"\"{schema}\".\"{SchemaName.Validate(table)}\"";
        }
        catch (Errors.InvalidSchemaNameException)
        {
            throw new ArgumentException($"Read-model table name '{table}' must match {SchemaName.Pattern}.", nameof(table));
        }
    }

    static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
