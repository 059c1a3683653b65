using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Outbox;
using AltSeason.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Appending;

/// <summary>
/// Sends one save as a single batch: one append_events call per stream, then the outbox rows and a NOTIFY.
/// PostgreSQL runs a batch atomically, so a losing stream leaves every other stream and message unwritten.
/// </summary>
internal sealed class AppendWriter(PostgresEventStore store, IReadOnlyList<PendingAppend> appends, IReadOnlyList<PendingMessage> messages)
{
    const string ConcurrencyState = "ES409";
    const string UniqueViolation = "23505";

    public async Task<AppendResult> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var schema = store.Schema;
        await using var batch = new NpgsqlBatch(connection, transaction);
        var recordedAt = store.Options.Clock?.GetUtcNow();
        foreach (var append in appends) batch.BatchCommands.Add(AppendCommand(schema, append, recordedAt));
        foreach (var message in messages) batch.BatchCommands.Add(OutboxCommand(schema, message));
        if (messages.Count > 0)
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, '')")
            {
                Parameters = { new NpgsqlParameter<string> { TypedValue = OutboxChannel.For(schema) } },
            });

        var rows = new List<List<AppendedRow>>(appends.Count);
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; i < appends.Count; i++)
            {
                if (i > 0) await reader.NextResultAsync(cancellationToken);
                var streamRows = new List<AppendedRow>(appends[i].Events.Count);
                while (await reader.ReadAsync(cancellationToken))
                    streamRows.Add(new AppendedRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<ulong>(2),
                        reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<byte[]>(4)));
                rows.Add(streamRows);
            }
            // Drain the rest so an error in a later command surfaces here, not on dispose.
            while (await reader.NextResultAsync(cancellationToken)) { }
        }
        catch (PostgresException e) when (e.SqlState is ConcurrencyState or UniqueViolation && AppendOf(batch, e) is { } failed)
        {
            throw new ConcurrencyException(failed.StreamId, failed.Expected, ActualVersionFrom(e), e);
        }

        if (transaction is not null && store.Options.Projections.Inline.Count > 0)
        {
            var context = new ProjectionContext(connection, transaction, schema);
            var events = Recorded(rows);
            foreach (var projection in store.Options.Projections.Inline)
                await projection.ApplyAsync(context, events, cancellationToken);
        }

        return new AppendResult([.. appends.Select((a, i) =>
            new StreamAppended(a.StreamId, rows[i][0].Version, rows[i][^1].Version, [.. rows[i].Select(r => r.Position)]))]);
    }

    static NpgsqlBatchCommand AppendCommand(string schema, PendingAppend append, DateTimeOffset? recordedAt)
    {
        var metadata = StoreJson.SerializeMetadata(append.Metadata);
        return new NpgsqlBatchCommand(
            $"""SELECT version, event_position, transaction_id, recorded_at, hash FROM "{schema}".append_events($1, $2, $3, $4, $5, $6, $7, $8)""")
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = append.StreamId },
                new NpgsqlParameter<long> { TypedValue = append.Expected.Code },
                new NpgsqlParameter<Guid[]> { TypedValue = [.. append.Events.Select(e => e.EventId)] },
                new NpgsqlParameter<string[]> { TypedValue = [.. append.Events.Select(e => e.TypeName)] },
                new NpgsqlParameter<int[]> { TypedValue = [.. append.Events.Select(e => e.TypeVersion)] },
                new NpgsqlParameter<string[]> { TypedValue = [.. append.Events.Select(e => e.Json)] },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = metadata },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = (object?)recordedAt ?? DBNull.Value },
            },
        };
    }

    static NpgsqlBatchCommand OutboxCommand(string schema, PendingMessage message) => new(
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

    // The failing command is known when Npgsql reports it; otherwise the stream id in the function's message decides.
    PendingAppend? AppendOf(NpgsqlBatch batch, PostgresException error)
    {
        for (var i = 0; i < appends.Count; i++)
            if (ReferenceEquals(error.BatchCommand, batch.BatchCommands[i])) return appends[i];
        var stream = ValueAfter(error.MessageText, "stream=");
        return appends.FirstOrDefault(a => a.StreamId == stream);
    }

    static string? ValueAfter(string message, string key)
    {
        var start = message.IndexOf(key, StringComparison.Ordinal);
        if (start < 0) return null;
        start += key.Length;
        var end = message.IndexOf(';', start);
        return end < 0 ? message[start..] : message[start..end];
    }

    // The append function reports "actual=<n>"; a unique-index backstop hit carries no version, reported as -1.
    static long ActualVersionFrom(PostgresException error) =>
        long.TryParse(ValueAfter(error.MessageText, "actual="), out var actual) ? actual : -1;

    List<RecordedEvent> Recorded(List<List<AppendedRow>> rows) =>
        [.. appends.SelectMany((append, i) => rows[i].Select((row, j) => new RecordedEvent(
            row.Position, row.TransactionId, append.StreamId, row.Version, append.Events[j].EventId, append.Events[j].TypeName,
            append.Events[j].TypeVersion, append.Events[j].Json, append.Data[j], append.Metadata, row.RecordedAt, row.Hash)))];

    sealed record AppendedRow(long Version, long Position, ulong TransactionId, DateTimeOffset RecordedAt, byte[] Hash);
}
