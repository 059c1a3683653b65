using AltSeason.EventStore.Events;
using AltSeason.EventStore.Integrity;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Appending;

/// <summary>The batch commands of a save, with positional parameters.</summary>
internal static class AppendSql
{
    /// <summary>The version check alone, for saves that claim every stream before writing any.</summary>
    public static NpgsqlBatchCommand Claim(string schema, PendingAppend append) => new(
        $"""SELECT "{schema}".claim_stream($1, $2, $3)""")
    {
        Parameters =
        {
            new NpgsqlParameter<string> { TypedValue = append.StreamId },
            new NpgsqlParameter<long> { TypedValue = append.Expected.Code },
            new NpgsqlParameter<int> { TypedValue = append.Events.Count },
        },
    };

    public static NpgsqlBatchCommand Append(string schema, PendingAppend append, bool claimed, DateTimeOffset? recordedAt) => new(
        $"""SELECT version, event_position, transaction_id, recorded_at, hash FROM "{schema}".append_events($1, $2, $3, $4, $5, $6, $7, $8)""")
    {
        Parameters =
        {
            new NpgsqlParameter<string> { TypedValue = append.StreamId },
            ExpectedParameter(append, claimed),
            new NpgsqlParameter<Guid[]> { TypedValue = [.. append.Events.Select(e => e.EventId)] },
            new NpgsqlParameter<string[]> { TypedValue = [.. append.Events.Select(e => e.TypeName)] },
            new NpgsqlParameter<int[]> { TypedValue = [.. append.Events.Select(e => e.TypeVersion)] },
            new NpgsqlParameter<string[]> { TypedValue = [.. append.Events.Select(e => e.Json)] },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = StoreJson.SerializeMetadata(append.Metadata) },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = (object?)recordedAt ?? DBNull.Value },
        },
    };

    /// <summary>An append whose hashes were computed here, chained from <paramref name="previousHash"/>.</summary>
    public static NpgsqlBatchCommand AppendHashed(string schema, PendingAppend append, bool claimed, long start, byte[] previousHash,
        DateTimeOffset? recordedAt)
    {
        var hashes = new byte[append.Events.Count][];
        var previous = previousHash;
        for (var i = 0; i < hashes.Length; i++)
        {
            var e = append.Events[i];
            previous = hashes[i] = EventHash.Compute(append.StreamId, start + i + 1, e.TypeName, e.TypeVersion, e.Json, previous);
        }
        return new($"""
            SELECT version, event_position, transaction_id, recorded_at, hash
            FROM "{schema}".append_hashed($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = append.StreamId },
                ExpectedParameter(append, claimed),
                new NpgsqlParameter<long> { TypedValue = start },
                new NpgsqlParameter<byte[]> { TypedValue = previousHash },
                new NpgsqlParameter<Guid[]> { TypedValue = [.. append.Events.Select(e => e.EventId)] },
                new NpgsqlParameter<string[]> { TypedValue = [.. append.Events.Select(e => e.TypeName)] },
                new NpgsqlParameter<int[]> { TypedValue = [.. append.Events.Select(e => e.TypeVersion)] },
                new NpgsqlParameter<string[]> { TypedValue = [.. append.Events.Select(e => e.Json)] },
                new NpgsqlParameter<byte[][]> { TypedValue = hashes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = StoreJson.SerializeMetadata(append.Metadata) },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = (object?)recordedAt ?? DBNull.Value },
            },
        };
    }

    public static NpgsqlBatchCommand Reserve(string schema, PendingAppend append, bool claimed) => new(
        $"""SELECT start_version, previous_hash, positions, transaction_id, recorded_at FROM "{schema}".reserve_stream($1, $2, $3)""")
    {
        Parameters =
        {
            new NpgsqlParameter<string> { TypedValue = append.StreamId },
            ExpectedParameter(append, claimed),
            new NpgsqlParameter<int> { TypedValue = append.Events.Count },
        },
    };

    // Null tells the database the stream was already claimed earlier in this transaction.
    static NpgsqlParameter ExpectedParameter(PendingAppend append, bool claimed) =>
        new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = claimed ? DBNull.Value : append.Expected.Code };

    public static NpgsqlBatchCommand Outbox(string schema, PendingMessage message) => new(
        $"""INSERT INTO "{schema}".outbox (message_id, message_type, payload, headers) VALUES ($1, $2, $3::json, $4::jsonb)""")
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = message.MessageId },
            new NpgsqlParameter<string> { TypedValue = message.MessageType },
            new NpgsqlParameter<string> { TypedValue = message.Payload },
            new NpgsqlParameter<string> { TypedValue = StoreJson.SerializeMetadata(message.Headers) },
        },
    };

    public static NpgsqlBatchCommand Notify(string channel) => new("SELECT pg_notify($1, '')")
    {
        Parameters = { new NpgsqlParameter<string> { TypedValue = channel } },
    };
}
