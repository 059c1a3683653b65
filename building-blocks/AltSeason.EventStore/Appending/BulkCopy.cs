using AltSeason.EventStore.Events;
using AltSeason.EventStore.Integrity;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Appending;

/// <summary>Versions, positions and the previous hash handed out by reserve_stream for a bulk append.</summary>
internal sealed record Reservation(long StartVersion, byte[] PreviousHash, long[] Positions, ulong TransactionId, DateTimeOffset RecordedAt)
{
    public static Reservation Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.IsDBNull(1) ? [] : reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<long[]>(2),
        reader.GetFieldValue<ulong>(3), reader.GetFieldValue<DateTimeOffset>(4));
}

/// <summary>
/// Writes a reserved bulk append with binary COPY. The hash chain is computed here with <see cref="EventHash"/>,
/// the same bytes the database's event_hash produces, continuing from the reserved previous hash.
/// </summary>
internal static class BulkCopy
{
    public static async Task<List<AppendedRow>> WriteAsync(NpgsqlConnection connection, string schema, PendingAppend append,
        Reservation reservation, DateTimeOffset? clockTime, CancellationToken cancellationToken)
    {
        var recordedAt = clockTime ?? reservation.RecordedAt;
        var metadata = StoreJson.SerializeMetadata(append.Metadata);
        var rows = new List<AppendedRow>(append.Events.Count);
        var previous = reservation.PreviousHash;

        await using var writer = await connection.BeginBinaryImportAsync($"""
            COPY "{schema}".events (position, stream_id, version, event_id, event_type, type_version, data, metadata, recorded_at, hash)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        for (var i = 0; i < append.Events.Count; i++)
        {
            var e = append.Events[i];
            var version = reservation.StartVersion + i + 1;
            var hash = EventHash.Compute(append.StreamId, version, e.TypeName, e.TypeVersion, e.Json, previous);
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(reservation.Positions[i], NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(append.StreamId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(version, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(e.EventId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(e.TypeName, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.TypeVersion, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(e.Json, NpgsqlDbType.Json, cancellationToken);
            await writer.WriteAsync(metadata, NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync(recordedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(hash, NpgsqlDbType.Bytea, cancellationToken);
            rows.Add(new AppendedRow(version, reservation.Positions[i], reservation.TransactionId, recordedAt, hash));
            previous = hash;
        }
        await writer.CompleteAsync(cancellationToken);
        return rows;
    }
}
