using AltSeason.EventStore.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AltSeason.EventStore.Outbox;

/// <summary>
/// Publishes pending outbox rows in order and marks them sent (at-least-once: a crash between publish and mark
/// re-sends; consumers de-duplicate through their inbox). Rows are claimed with SKIP LOCKED, so several instances
/// can relay the same schema. It wakes on the appends' NOTIFY and also polls as a fallback.
/// </summary>
public sealed class OutboxRelay(PostgresEventStore store, IOutboxPublisher publisher, ILogger<OutboxRelay>? logger = null,
    IHostApplicationLifetime? lifetime = null)
    : BackgroundService
{
    readonly ILogger _logger = logger ?? NullLogger<OutboxRelay>.Instance;
    DateTime? _failingSince;
    OutboxRelayOptions Options => store.Options.Outbox;

    /// <summary>Publishes one batch of pending messages; returns how many were published and marked sent.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pending = await ClaimAsync(connection, transaction, cancellationToken);

        var sent = new List<long>(pending.Count);
        Exception? failure = null;
        foreach (var message in pending)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Options.PublishTimeout);
            try
            {
                // The timeout is also enforced here: across a broker restart a publish was seen to ignore its token and
                // never complete, which froze the relay with every row pending and no error recorded.
                await publisher.PublishAsync(message, timeout.Token).WaitAsync(Options.PublishTimeout, cancellationToken);
                sent.Add(message.Sequence);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = e;
                await RecordFailureAsync(connection, transaction, message.Sequence, e, cancellationToken);
                break; // keep order: later messages wait for this one
            }
        }

        await MarkSentAsync(connection, transaction, sent, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (failure is not null) throw new OutboxPublishException(pending[sent.Count].MessageId, failure);
        return sent.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var wakeUp = new OutboxWakeUp(store.DataSource, store.Schema);
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = Options.PollInterval;
            try
            {
                var sent = await RelayPendingAsync(stoppingToken);
                _failingSince = null;
                if (sent >= Options.BatchSize) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (broker or database away, a reconnect in progress), the relay must outlive it:
                // a relay that stops leaves stored messages unpublished until the process restarts.
                _logger.LogWarning(e, "Outbox relay for schema {Schema} could not publish; will retry", store.Schema);
                _failingSince ??= DateTime.UtcNow;
                if (lifetime is not null && DateTime.UtcNow - _failingSince > Options.RestartAfterFailingFor)
                {
                    // Seen after a broker restart: the bus reconnects but publishing never completes again. Nothing is
                    // lost (the rows stay pending); stopping lets the supervisor (AppHost, Kubernetes) start a fresh bus.
                    _logger.LogCritical("Outbox relay for schema {Schema} has failed for {Duration}; stopping the service so it restarts",
                        store.Schema, DateTime.UtcNow - _failingSince);
                    lifetime.StopApplication();
                    return;
                }
            }
            try { await wakeUp.WaitAsync(delay, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    async Task<List<OutboxMessage>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT sequence, message_id, message_type, payload::text, headers::text, created_at
            FROM "{store.Schema}".outbox WHERE sent_at IS NULL
            ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Options.BatchSize });
        var messages = new List<OutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            messages.Add(new OutboxMessage(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                StoreJson.DeserializeMetadata(reader.GetString(4)), reader.GetFieldValue<DateTimeOffset>(5)));
        return messages;
    }

    async Task MarkSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<long> sequences, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0) return;
        await using var command = new NpgsqlCommand(
            $"""UPDATE "{store.Schema}".outbox SET sent_at = now(), attempts = attempts + 1 WHERE sequence = ANY($1)""",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. sequences] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task RecordFailureAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long sequence, Exception error,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""UPDATE "{store.Schema}".outbox SET attempts = attempts + 1, last_error = $2 WHERE sequence = $1""",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sequence });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"{error.GetType().Name}: {error.Message}" });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
