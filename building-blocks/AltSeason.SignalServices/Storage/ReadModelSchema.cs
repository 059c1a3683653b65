using AltSeason.EventStore;
using Microsoft.Extensions.Hosting;

namespace AltSeason.SignalServices.Storage;

/// <summary>
/// The family's read-model tables, next to its events in the same schema. Both are inline projections, so they
/// always agree with the events; created at start after the store's own migration (hosted services run in order).
/// The inputs not evaluated yet (<see cref="PendingEvaluations"/>) live beside them.
/// </summary>
internal sealed class ReadModelSchema(PostgresEventStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var s = store.Schema;
        // A lock so several instances starting together do not race on CREATE.
        await using var command = store.DataSource.CreateCommand($"""
            SELECT pg_advisory_xact_lock(hashtext('{s}.signal_read_model'));
            CREATE TABLE IF NOT EXISTS "{s}".signal_inputs (
                series text NOT NULL, observed_at timestamptz NOT NULL, field text NOT NULL,
                value double precision NOT NULL,
                PRIMARY KEY (series, observed_at, field));
            -- A model with a lookback loads the inputs of a window of dates, and every batch asks the last date.
            CREATE INDEX IF NOT EXISTS signal_inputs_observed_at ON "{s}".signal_inputs (observed_at);
            CREATE TABLE IF NOT EXISTS "{s}".signal_input_heads (
                stream_id text PRIMARY KEY, series text NOT NULL, version bigint NOT NULL, sha256 text NOT NULL, source text NOT NULL);
            CREATE TABLE IF NOT EXISTS "{s}".signal_evaluations (
                as_of date NOT NULL, version bigint NOT NULL, recorded_at timestamptz NOT NULL,
                sha256 text NOT NULL, data text NOT NULL, values_json text NOT NULL,
                PRIMARY KEY (as_of, version));
            CREATE INDEX IF NOT EXISTS signal_evaluations_known ON "{s}".signal_evaluations (as_of, recorded_at);
            {PendingEvaluations.CreateTableSql(s)}
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
