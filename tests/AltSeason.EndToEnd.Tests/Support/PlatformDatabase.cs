using Npgsql;

namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>
/// Direct SQL on the platform's database, for what only an auditor with database access would do: count the
/// events each service wrote, and tamper with a stored row to prove Verify notices.
/// </summary>
public sealed class PlatformDatabase(string connectionString)
{
    public static readonly string[] Schemas = ["ingestion", "equities", "derivatives", "onchain", "scoring"];

    public async Task<Dictionary<string, long>> EventCountsAsync() =>
        await CountsAsync(s => $"SELECT count(*) FROM \"{s}\".events");

    public async Task<Dictionary<string, long>> PendingOutboxAsync() =>
        await CountsAsync(s => $"SELECT count(*) FROM \"{s}\".outbox WHERE sent_at IS NULL");

    /// <summary>Inputs the signal services stored but have not evaluated yet (they wait for the messages to pause).</summary>
    public async Task<long> PendingEvaluationsAsync()
    {
        long owed = 0;
        foreach (var schema in Schemas)
            if (await ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'signal_pending_evaluations'", schema) > 0)
                owed += await ScalarAsync($"SELECT count(*) FROM \"{schema}\".signal_pending_evaluations");
        return owed;
    }

    public async Task<Dictionary<string, long>> InboxCountsAsync() =>
        await CountsAsync(s => $"SELECT count(*) FROM \"{s}\".inbox");

    public async Task<long> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> ExecuteTextAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    async Task<Dictionary<string, long>> CountsAsync(Func<string, string> sql)
    {
        var counts = new Dictionary<string, long>();
        foreach (var schema in Schemas)
        {
            var exists = await ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'events'", schema);
            counts[schema] = exists == 0 ? 0 : await ScalarAsync(sql(schema));
        }
        return counts;
    }
}
