using Npgsql;

namespace AltSeason.Reliability.Tests.Support;

/// <summary>Direct SQL on the platform's database: final evaluations, pipeline progress, and a reset between runs.</summary>
public sealed class PlatformDatabase(string connectionString)
{
    public static readonly string[] ServiceSchemas = ["ingestion", "equities", "derivatives", "onchain", "scoring"];
    public static readonly string[] SignalSchemas = ["equities", "derivatives", "onchain"];

    public async Task<EvaluationSnapshot> SnapshotAsync()
    {
        var evaluations = new List<FinalEvaluation>();
        await using var connection = await OpenAsync();
        foreach (var schema in SignalSchemas)
        {
            await using var command = new NpgsqlCommand($"""
                SELECT e.stream_id, e.version,
                       (SELECT string_agg((i->>'streamId') || '@' || (i->>'version'), ' ' ORDER BY i->>'streamId')
                          FROM json_array_elements(e.data->'inputs') i),
                       (e.data->'values')::text
                  FROM "{schema}".events e JOIN "{schema}".streams s ON s.stream_id = e.stream_id AND s.version = e.version
                 WHERE e.event_type = 'SignalsEvaluated'
                 ORDER BY e.stream_id
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                evaluations.Add(new FinalEvaluation(schema, reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
        }
        long duplicates = 0;
        foreach (var schema in SignalSchemas)
        {
            duplicates += await ScalarAsync(connection, $"""
                SELECT count(*) FROM "{schema}".events e JOIN "{schema}".events p ON p.stream_id = e.stream_id AND p.version = e.version - 1
                 WHERE e.event_type = 'SignalsEvaluated' AND p.event_type = 'SignalsEvaluated'
                   AND (e.data->'values')::text = (p.data->'values')::text AND (e.data->'inputs')::text = (p.data->'inputs')::text
                """);
        }
        return new EvaluationSnapshot(evaluations, await ScoresAsync(connection), duplicates);
    }

    // Component references carry the family events' hashes, which cover Ingestion's random import ids: left out.
    static async Task<List<FinalScore>> ScoresAsync(NpgsqlConnection connection)
    {
        var scores = new List<FinalScore>();
        await using var command = new NpgsqlCommand("""
            SELECT e.stream_id, e.version, (e.data::jsonb - 'inputs' - 'inputsSha256')::text
              FROM scoring.events e JOIN scoring.streams s ON s.stream_id = e.stream_id AND s.version = e.version
             WHERE e.event_type = 'ScoreEvaluated'
             ORDER BY e.stream_id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) scores.Add(new FinalScore(reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        return scores;
    }

    /// <summary>
    /// The fewest ingestion messages any signal service has handled: stored (its inbox rows; every message gets one,
    /// also when the service reads none of its series) and evaluated (no longer pending). Null while PostgreSQL or a
    /// schema is not there.
    /// </summary>
    public async Task<long?> FewestHandledIngestionsAsync() =>
        await HandledIngestionsAsync() is { } handled ? handled.Values.Min() : null;

    /// <summary>Ingestion messages each signal service has handled, by schema; null while PostgreSQL or a schema is not there.</summary>
    public async Task<Dictionary<string, long>?> HandledIngestionsAsync()
    {
        try
        {
            await using var connection = await OpenAsync();
            var handled = new Dictionary<string, long>();
            foreach (var schema in SignalSchemas)
            {
                if (!await ExistsAsync(connection, schema)
                    || await ScalarAsync(connection, $"""SELECT count(*) FROM pg_tables WHERE schemaname = '{schema}' AND tablename = 'signal_pending_evaluations'""") == 0)
                    return null;
                handled[schema] = await ScalarAsync(connection, $"""
                    SELECT (SELECT count(*) FROM "{schema}".inbox WHERE consumer LIKE '%-signals')
                         - (SELECT count(DISTINCT ingestion_id) FROM "{schema}".signal_pending_evaluations)
                    """);
            }
            return handled;
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>Events, inbox rows and unsent outbox rows over all services: what moves while messages are in flight.</summary>
    public async Task<(long Events, long Inbox, long PendingOutbox)> ProgressAsync()
    {
        long events = 0, inbox = 0, pending = 0;
        await using var connection = await OpenAsync();
        foreach (var schema in ServiceSchemas)
        {
            if (!await ExistsAsync(connection, schema)) continue;
            events += await ScalarAsync(connection, $"""SELECT count(*) FROM "{schema}".events""");
            inbox += await ScalarAsync(connection, $"""SELECT count(*) FROM "{schema}".inbox""");
            pending += await ScalarAsync(connection, $"""SELECT count(*) FROM "{schema}".outbox WHERE sent_at IS NULL""");
            // Inputs a signal service stored but has not evaluated yet are work still to come, as unsent messages are.
            if (await ScalarAsync(connection, $"""SELECT count(*) FROM pg_tables WHERE schemaname = '{schema}' AND tablename = 'signal_pending_evaluations'""") > 0)
                pending += await ScalarAsync(connection, $"""SELECT count(*) FROM "{schema}".signal_pending_evaluations""");
        }
        return (events, inbox, pending);
    }

    /// <summary>Per schema: unsent outbox rows and the latest publish error recorded on them, for failure messages.</summary>
    public async Task<string> StuckOutboxAsync()
    {
        var lines = new List<string>();
        await using var connection = await OpenAsync();
        foreach (var schema in ServiceSchemas)
        {
            if (!await ExistsAsync(connection, schema)) continue;
            await using var command = new NpgsqlCommand($"""
                SELECT count(*), max(attempts), (array_agg(last_error ORDER BY sequence) FILTER (WHERE last_error IS NOT NULL))[1]
                  FROM "{schema}".outbox WHERE sent_at IS NULL
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt64(0) > 0)
                lines.Add($"{schema}: {reader.GetInt64(0)} unsent, {(reader.IsDBNull(1) ? 0 : reader.GetInt32(1))} attempts, last error: {(reader.IsDBNull(2) ? "none" : reader.GetString(2))}");
        }
        return string.Join("; ", lines);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await ScalarAsync(connection, sql);
    }

    /// <summary>Drops every service's schema; the services recreate theirs when they start.</summary>
    public async Task DropServiceSchemasAsync()
    {
        await using var connection = await OpenAsync();
        foreach (var schema in ServiceSchemas)
        {
            await using var drop = new NpgsqlCommand($"""DROP SCHEMA IF EXISTS "{schema}" CASCADE""", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    static async Task<bool> ExistsAsync(NpgsqlConnection connection, string schema)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('events', 'inbox', 'outbox')", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schema });
        return (long)(await command.ExecuteScalarAsync())! == 3;
    }

    static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
