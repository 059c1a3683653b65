using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Errors;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Observations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AltSeason.Ingestion.Importing;

/// <summary>
/// Stores an accepted file: in ONE transaction it reads what is known of its series, appends an
/// <see cref="ObservationsIngested"/> per series with new or revised rows (expecting the version it read), and queues
/// one <c>MarketDataIngested</c>. If another import touched a series meanwhile the append loses and the whole import
/// is diffed again, so two concurrent imports never both claim the same change.
/// </summary>
public sealed partial class ObservationWriter(PostgresEventStore store, ILogger<ObservationWriter> logger)
{
    const int MaxAttempts = 5;

    public async Task<StoredImport> WriteAsync(ParseResult parsed, string contentSha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        foreach (var batch in parsed.Batches)
            if (!StreamId.IsValid(SeriesStreams.For(batch.Series)))
                throw new InvalidImportRequestException(
                    $"{parsed.FileName}: series '{batch.Series}' cannot name a stream (allowed: a-z 0-9 . _ : / -, up to 190 characters).");

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryWriteAsync(parsed, contentSha256, cancellationToken);
            }
            catch (ConcurrencyException e) when (attempt < MaxAttempts)
            {
                LogRetry(logger, parsed.FileName, e.StreamId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * Random.Shared.Next(1, 5)), cancellationToken);
            }
            catch (PayloadTooLargeException e)
            {
                throw new ImportLimitExceededException(parsed.FileName,
                    $"its new rows serialise to {e.SizeBytes} bytes, over the storage limit of {e.LimitBytes} bytes; split the file");
            }
        }
    }

    async Task<StoredImport> TryWriteAsync(ParseResult parsed, string contentSha256, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var states = await CurrentValuesReader.ReadAsync(connection, transaction, store.Schema,
            [.. parsed.Batches.Select(b => b.Series)], cancellationToken);

        var ingestionId = Guid.CreateVersion7();
        var session = store.OpenSession(connection, transaction);
        var events = new List<(ObservationsIngested Event, long ExpectedVersion)>();
        foreach (var batch in parsed.Batches)
        {
            var state = states[batch.Series];
            var changed = ObservationDiff.Changes(batch.Rows, state.Values);
            if (changed.Count == 0) continue;
            var ingested = new ObservationsIngested(ingestionId, batch.Series, batch.Source, parsed.FileName, contentSha256,
                ObservationDiff.ToColumns(changed));
            session.Append(SeriesStreams.For(batch.Series), ExpectedVersion.Exactly(state.Version), ingested);
            events.Add((ingested, state.Version));
        }
        if (events.Count == 0) return new StoredImport(ingestionId, []); // nothing new: no event, no message

        var appended = await session.SaveChangesAsync(cancellationToken);
        var recorded = await RecordedAsync(connection, transaction, [.. appended.Streams.SelectMany(s => s.Positions)], cancellationToken);
        var written = events.Select(e =>
        {
            var streamId = SeriesStreams.For(e.Event.Series);
            var (hash, _) = recorded[(streamId, e.ExpectedVersion + 1)];
            return (e.Event, new StoredSeries(e.Event.Series, streamId, e.ExpectedVersion + 1, hash, e.Event.Fields.Sum(f => f.Values.Count)));
        }).ToArray();

        var message = MarketDataMessage.Build(ingestionId, parsed.FileName, parsed.Format ?? "", contentSha256,
            recorded.Values.Min(r => r.RecordedAt), written);
        await store.OpenSession(connection, transaction).Publish(message).SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredImport(ingestionId, [.. written.Select(w => w.Item2)]);
    }

    async Task<Dictionary<(string StreamId, long Version), (string Hash, DateTimeOffset RecordedAt)>> RecordedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long[] positions, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""SELECT stream_id, version, hash, recorded_at FROM "{store.Schema}".events WHERE position = ANY($1)""", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = positions });
        var result = new Dictionary<(string, long), (string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result[(reader.GetString(0), reader.GetInt64(1))] =
                (Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(2)), reader.GetFieldValue<DateTimeOffset>(3));
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{File}: stream {Stream} moved during the import (attempt {Attempt}); diffing again")]
    static partial void LogRetry(ILogger logger, string file, string stream, int attempt);
}
