using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.Bench.EventStore;

/// <summary>
/// What PostgreSQL can do with no event-store logic: binary COPY into a table shaped like the events table
/// (same columns, keys and indexes), and a plain ordered SELECT of the same columns.
/// </summary>
internal sealed class RawBaseline(NpgsqlDataSource dataSource, string schema)
{
    public async Task CreateTableAsync()
    {
        await using var command = dataSource.CreateCommand($"""
            CREATE TABLE "{schema}".raw_events (
                position bigserial PRIMARY KEY, transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
                stream_id text NOT NULL, version bigint NOT NULL, event_id uuid NOT NULL, event_type text NOT NULL,
                type_version integer NOT NULL, data json NOT NULL, metadata jsonb NOT NULL,
                recorded_at timestamptz NOT NULL DEFAULT now(), hash bytea NOT NULL, UNIQUE (stream_id, version));
            CREATE INDEX ON "{schema}".raw_events (transaction_id, position);
            CREATE INDEX ON "{schema}".raw_events (stream_id, recorded_at);
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One COPY (one transaction) per batch, the same batches the store appends.</summary>
    public async Task CopyAsync(NpgsqlConnection connection, string streamId, long firstVersion, IReadOnlyList<PriceTicked> batch)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"""COPY "{schema}".raw_events (stream_id, version, event_id, event_type, type_version, data, metadata, hash) FROM STDIN (FORMAT BINARY)""");
        for (var i = 0; i < batch.Count; i++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(streamId, NpgsqlDbType.Text);
            await writer.WriteAsync(firstVersion + i, NpgsqlDbType.Bigint);
            await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await writer.WriteAsync("price-ticked", NpgsqlDbType.Text);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
            await writer.WriteAsync(JsonSerializer.Serialize(batch[i], Json), NpgsqlDbType.Json);
            await writer.WriteAsync("{}", NpgsqlDbType.Jsonb);
            await writer.WriteAsync(Hash, NpgsqlDbType.Bytea);
        }
        await writer.CompleteAsync();
    }

    public async Task<int> SelectStreamAsync(string streamId)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT position, transaction_id, stream_id, version, event_id, event_type, type_version, data::text, metadata::text, recorded_at, hash
            FROM "{schema}".raw_events WHERE stream_id = $1 ORDER BY version
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = (reader.GetInt64(0), reader.GetFieldValue<ulong>(1), reader.GetString(2), reader.GetInt64(3), reader.GetGuid(4),
                reader.GetString(5), reader.GetInt32(6), reader.GetString(7), reader.GetString(8),
                reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<byte[]>(10));
            rows++;
        }
        return rows;
    }

    static readonly JsonSerializerOptions Json = AltSeason.EventStore.Events.StoreJson.CreateDefaultOptions();
    static readonly byte[] Hash = new byte[32];
}
