using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Outbox;
using AltSeason.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.EventStore.Appending;

/// <summary>
/// Sends one save as a single batch: per stream an append_hashed call when the previous hash is known here (the
/// client hashes, one statement), else an append_events call (small appends) or a reserve_stream call (bulk
/// appends, whose rows follow by binary COPY); then the outbox rows and a NOTIFY. The batch runs atomically, so a
/// losing stream leaves every other stream and message of the save unwritten.
/// </summary>
internal sealed class AppendWriter(PostgresEventStore store, IReadOnlyList<PendingAppend> appends, IReadOnlyList<PendingMessage> messages)
{
    const string ConcurrencyState = "ES409";
    const string UniqueViolation = "23505";

    AppendPlan[]? _plans;

    AppendPlan[] Plans => _plans ??= [.. appends.Select(Plan)];

    /// <summary>Bulk appends and inline projections need an explicit transaction; a lone batch does not.</summary>
    public bool NeedsTransaction =>
        store.Options.Projections.Inline.Count > 0 || Plans.Any(p => p.Kind == AppendKind.Copy);

    // A stream written twice in one save goes row by row: its second part must see the first part's rows.
    AppendPlan Plan(PendingAppend append)
    {
        if (appends.Count(a => a.StreamId == append.StreamId) > 1) return new(AppendKind.Function, 0, []);
        var start = Math.Max(append.Expected.Code, 0); // NoStream (-1) starts at 0 like Exactly(0); Any (-2) is unknown
        if (append.Expected.Code >= -1 && store.Heads.TryGetPrevious(append.StreamId, start, out var previous))
            return new(AppendKind.Hashed, start, previous);
        return new(append.Events.Count >= store.Options.BulkAppendThreshold ? AppendKind.Copy : AppendKind.Function, 0, []);
    }

    public async Task<AppendResult> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var schema = store.Schema;
        var recordedAt = store.Options.Clock?.GetUtcNow().ToUniversalTime();
        // With several streams, every stream is claimed first: a loser anywhere aborts the save before any position
        // is taken. A single stream is claimed inside its own append call.
        var claimFirst = appends.Count > 1;
        await using var batch = new NpgsqlBatch(connection, transaction);
        var owners = new Dictionary<NpgsqlBatchCommand, PendingAppend>();
        if (claimFirst)
            foreach (var append in appends) Add(AppendSql.Claim(schema, append), append);
        for (var i = 0; i < appends.Count; i++)
        {
            var (append, plan) = (appends[i], Plans[i]);
            Add(plan.Kind switch
            {
                AppendKind.Hashed => AppendSql.AppendHashed(schema, append, claimFirst, plan.Start, plan.PreviousHash, recordedAt),
                AppendKind.Copy => AppendSql.Reserve(schema, append, claimFirst),
                _ => AppendSql.Append(schema, append, claimFirst, recordedAt),
            }, append);
        }
        foreach (var message in messages) batch.BatchCommands.Add(AppendSql.Outbox(schema, message));
        if (messages.Count > 0) batch.BatchCommands.Add(AppendSql.Notify(OutboxChannel.For(schema)));

        var rows = new List<AppendedRow>[appends.Count];
        try
        {
            var reservations = new List<(int Index, Reservation Reservation)>();
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                if (claimFirst)
                    for (var i = 0; i < appends.Count; i++) await reader.NextResultAsync(cancellationToken);
                for (var i = 0; i < appends.Count; i++)
                {
                    if (i > 0) await reader.NextResultAsync(cancellationToken);
                    if (Plans[i].Kind == AppendKind.Copy)
                    {
                        await reader.ReadAsync(cancellationToken);
                        reservations.Add((i, Reservation.Read(reader)));
                        continue;
                    }
                    var streamRows = new List<AppendedRow>(appends[i].Events.Count);
                    while (await reader.ReadAsync(cancellationToken))
                        streamRows.Add(new AppendedRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<ulong>(2),
                            reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<byte[]>(4)));
                    rows[i] = streamRows;
                }
                // Drain the rest so an error in a later command surfaces here, not on dispose.
                while (await reader.NextResultAsync(cancellationToken)) { }
            }
            foreach (var (index, reservation) in reservations)
                rows[index] = await BulkCopy.WriteAsync(connection, schema, appends[index], reservation, recordedAt, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is ConcurrencyState or UniqueViolation && AppendOf(owners, e) is { } failed)
        {
            throw new ConcurrencyException(failed.StreamId, failed.Expected, ActualVersionFrom(e), e);
        }

        void Add(NpgsqlBatchCommand command, PendingAppend append)
        {
            batch.BatchCommands.Add(command);
            owners[command] = append;
        }

        if (transaction is not null && store.Options.Projections.Inline.Count > 0)
        {
            var context = new ProjectionContext(connection, transaction, schema);
            var events = Recorded(rows);
            foreach (var projection in store.Options.Projections.Inline)
                await projection.ApplyAsync(context, events, cancellationToken);
        }

        for (var i = 0; i < appends.Count; i++) store.Heads.Remember(appends[i].StreamId, rows[i][^1].Version, rows[i][^1].Hash);
        return new AppendResult([.. appends.Select((a, i) =>
            new StreamAppended(a.StreamId, rows[i][0].Version, rows[i][^1].Version, [.. rows[i].Select(r => r.Position)]))]);
    }

    // The failing command is known when Npgsql reports it; otherwise the stream id in the function's message decides.
    PendingAppend? AppendOf(Dictionary<NpgsqlBatchCommand, PendingAppend> owners, PostgresException error)
    {
        if (error.BatchCommand is { } command && owners.TryGetValue(command, out var owner)) return owner;
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

    // The append functions report "actual=<n>"; a unique-index backstop hit carries no version, reported as -1.
    static long ActualVersionFrom(PostgresException error) =>
        long.TryParse(ValueAfter(error.MessageText, "actual="), out var actual) ? actual : -1;

    List<RecordedEvent> Recorded(List<AppendedRow>[] rows) =>
        [.. appends.SelectMany((append, i) => rows[i].Select((row, j) => new RecordedEvent(
            row.Position, row.TransactionId, append.StreamId, row.Version, append.Events[j].EventId, append.Events[j].TypeName,
            append.Events[j].TypeVersion, append.Events[j].Json, append.Data[j], append.Metadata, row.RecordedAt, row.Hash)))];
}

internal enum AppendKind { Function, Hashed, Copy }

/// <summary>How one stream of a save is written; for <see cref="AppendKind.Hashed"/>, where its chain continues.</summary>
internal sealed record AppendPlan(AppendKind Kind, long Start, byte[] PreviousHash);

internal sealed record AppendedRow(long Version, long Position, ulong TransactionId, DateTimeOffset RecordedAt, byte[] Hash);
