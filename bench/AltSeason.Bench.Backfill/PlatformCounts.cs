using System.Globalization;
using Npgsql;

namespace AltSeason.Bench.Backfill;

/// <summary>Event, inbox and pending-outbox counts per service schema, straight from the database.</summary>
public sealed class PlatformCounts(string connectionString)
{
    public static readonly string[] Schemas = ["ingestion", "equities", "derivatives", "onchain", "scoring"];

    public Task<Dictionary<string, long>> EventsAsync() => CountAsync("SELECT count(*) FROM \"{0}\".events");

    public Task<Dictionary<string, long>> InboxAsync() => CountAsync("SELECT count(*) FROM \"{0}\".inbox");

    public Task<Dictionary<string, long>> PendingOutboxAsync() => CountAsync("SELECT count(*) FROM \"{0}\".outbox WHERE sent_at IS NULL");

    /// <summary>Inputs a signal service stored but has not evaluated yet (0 for the other services).</summary>
    public Task<Dictionary<string, long>> PendingEvaluationsAsync() =>
        CountAsync("SELECT count(*) FROM \"{0}\".signal_pending_evaluations", table: "signal_pending_evaluations");

    /// <summary>
    /// Connections inside a statement or an open transaction: a service working through a batch shows nothing in
    /// the counts until it commits, but holds its transaction open meanwhile.
    /// </summary>
    public async Task<long> BusyConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Per schema, the count <paramref name="sqlFormat"/> gives; 0 where <paramref name="table"/> does not exist (yet).</summary>
    async Task<Dictionary<string, long>> CountAsync(string sqlFormat, string table = "events")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var schema in Schemas)
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
            exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"\"{schema}\".{table}" });
            if (await exists.ExecuteScalarAsync() is not true) { counts[schema] = 0; continue; }
            await using var command = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, sqlFormat, schema), connection);
            counts[schema] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        return counts;
    }
}
