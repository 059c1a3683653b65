using AltSeason.SignalServices.Events;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.SignalServices.Storage;

/// <summary>
/// Inputs stored but not evaluated yet: one row per (ingestion, series, field) with the dates it changed. Rows are
/// written in the transaction that stores the inputs and deleted in the one that evaluates them, so the work a crash
/// interrupts stays recorded and the next evaluation covers it.
/// </summary>
internal sealed class PendingEvaluations(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
{
    public const string Table = "signal_pending_evaluations";

    public static string CreateTableSql(string schema) => $"""
        CREATE TABLE IF NOT EXISTS "{schema}".{Table} (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ingestion_id uuid NOT NULL,
            series text NOT NULL, field text NOT NULL, dates date[] NOT NULL,
            stored_at timestamptz NOT NULL DEFAULT now());
        """;

    public async Task AddAsync(InputsReceived received, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var column in received.Fields)
        {
            var dates = column.Timestamps.Select(t => DateOnly.FromDateTime(t.UtcDateTime)).Distinct().ToArray();
            var insert = new NpgsqlBatchCommand($"""INSERT INTO "{schema}".{Table} (ingestion_id, series, field, dates) VALUES ($1, $2, $3, $4)""");
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = received.IngestionId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = received.Series });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = column.Field });
            insert.Parameters.Add(new NpgsqlParameter { Value = dates, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            batch.BatchCommands.Add(insert);
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Everything owed, oldest first, with the changed dates of each (series, field) merged.</summary>
    public async Task<PendingWork> ReadAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""SELECT id, ingestion_id, series, field, dates FROM "{schema}".{Table} ORDER BY id""", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<long>();
        var ingestions = new List<Guid>();
        var seen = new HashSet<Guid>();
        var changed = new Dictionary<(string Series, string Field), List<DateOnly>>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
            var ingestion = reader.GetGuid(1);
            if (seen.Add(ingestion)) ingestions.Add(ingestion);
            var key = (reader.GetString(2), reader.GetString(3));
            if (!changed.TryGetValue(key, out var dates)) changed[key] = dates = [];
            dates.AddRange(reader.GetFieldValue<DateOnly[]>(4));
        }
        // Sorted distinct arrays, not hash sets: a backfill owes thousands of dates for each of hundreds of (series,
        // field) pairs: as hash sets they took 19 MB of Derivatives' heap at its peak (p100 harness), about 4 times this.
        return new PendingWork([.. ids], ingestions, changed.ToDictionary(c => c.Key, c => c.Value.Distinct().Order().ToArray()));
    }

    public async Task DeleteAsync(long[] ids, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""DELETE FROM "{schema}".{Table} WHERE id = ANY($1)""", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>
/// What the next evaluation owes: the rows it takes over, the ingestions they came from (in the order they were
/// stored) and every (series, field) changed with its dates.
/// </summary>
internal sealed record PendingWork(long[] Ids, IReadOnlyList<Guid> Ingestions, IReadOnlyDictionary<(string Series, string Field), DateOnly[]> Changed)
{
    public bool IsEmpty => Ids.Length == 0;
}
