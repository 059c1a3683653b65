using AltSeason.EventStore;
using Microsoft.Extensions.Hosting;

namespace AltSeason.Scoring.Storage;

/// <summary>
/// Creates Scoring's read-model tables (kept by inline projections, so they commit with the events) once the event
/// store schema exists. Idempotent and serialised by an advisory lock, so several instances can start together.
/// </summary>
internal sealed class ReadModelSchema(PostgresEventStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var schema = store.Schema;
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT pg_advisory_xact_lock(hashtext('{schema}.read_models'));
            CREATE TABLE IF NOT EXISTS "{schema}".components (
                family           text        NOT NULL,
                as_of            date        NOT NULL,
                stream_id        text        NOT NULL,
                version          bigint      NOT NULL,
                sha256           text        NOT NULL,
                data             text        NOT NULL,
                recorded_at      timestamptz NOT NULL,
                PRIMARY KEY (family, as_of));
            CREATE TABLE IF NOT EXISTS "{schema}".scores (
                model_version     text        NOT NULL,
                as_of             date        NOT NULL,
                stream_id         text        NOT NULL,
                version           bigint      NOT NULL,
                sha256            text        NOT NULL,
                data              text        NOT NULL,
                recorded_at       timestamptz NOT NULL,
                first_recorded_at timestamptz NOT NULL,
                result_sha256     text,
                PRIMARY KEY (model_version, as_of));
            -- Tables created before the column: their rows keep NULL, and a re-score decodes those rows instead.
            ALTER TABLE "{schema}".scores ADD COLUMN IF NOT EXISTS result_sha256 text;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
