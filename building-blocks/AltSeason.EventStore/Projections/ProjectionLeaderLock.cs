using AltSeason.EventStore.Schema;
using Npgsql;

namespace AltSeason.EventStore.Projections;

/// <summary>
/// One active runner per projection across all processes: a session-level advisory lock held on the very
/// connection the runner works on, so if that connection dies the lock goes with it and nobody runs blind.
/// </summary>
internal static class ProjectionLeaderLock
{
    public static async Task<bool> TryAcquireAsync(NpgsqlConnection connection, string schema, string projection,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey.For("projection", $"{schema}.{projection}") });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>
    /// Must run before the connection goes back to the pool: a pooled connection keeps its session locks. If the
    /// unlock fails the connection is evicted from the pool, and closing it ends the session and the lock.
    /// </summary>
    public static async Task ReleaseAsync(NpgsqlConnection connection, string schema, string projection)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKey.For("projection", $"{schema}.{projection}") });
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
