using Npgsql;

namespace AltSeason.EventStore.Outbox;

/// <summary>
/// LISTENs on the schema's outbox channel so the relay wakes as soon as an append commits a message. Losing the
/// listening connection only costs latency: the relay falls back to its poll interval and reconnects.
/// </summary>
internal sealed class OutboxWakeUp(NpgsqlDataSource dataSource, string schema) : IAsyncDisposable
{
    NpgsqlConnection? _connection;

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            if (_connection is null)
            {
                _connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var listen = new NpgsqlCommand($"LISTEN \"{OutboxChannel.For(schema)}\"", _connection);
                await listen.ExecuteNonQueryAsync(cancellationToken);
            }
            // Returns on a notification or when the poll interval passes; either way the relay looks again.
            await _connection.WaitAsync((int)timeout.TotalMilliseconds, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            await DisposeAsync();
            await Task.Delay(timeout, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        try
        {
            // Pooled connections may skip the reset on return, so stop listening explicitly.
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", _connection);
            await unlisten.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            NpgsqlConnection.ClearPool(_connection);
        }
        await _connection.DisposeAsync();
        _connection = null;
    }
}
