using Npgsql;

namespace AltSeason.SignalServices.Storage;

/// <summary>
/// A session-level advisory lock, taken before the caller's transaction begins: a repeatable-read transaction takes
/// its snapshot at its first statement, so a lock taken inside it would leave the snapshot older than the wait.
/// Released on dispose, before the connection goes back to the pool; if that fails the pool is cleared, and closing
/// the session frees the lock.
/// </summary>
internal sealed class SessionLock : IAsyncDisposable
{
    readonly NpgsqlConnection _connection;
    readonly string _name;

    SessionLock(NpgsqlConnection connection, string name) => (_connection, _name) = (connection, name);

    public static async Task<SessionLock> AcquireAsync(NpgsqlConnection connection, string name, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext($1))", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        await command.ExecuteNonQueryAsync(ct);
        return new SessionLock(connection, name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext($1))", _connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _name });
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            NpgsqlConnection.ClearPool(_connection);
        }
    }
}
