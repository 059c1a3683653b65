using Npgsql;

namespace AltSeason.Bench.Platform.Audit;

/// <summary>
/// What a signal service's replay has to recompute: its evaluations fall in groups (one per live batch, all pinning the
/// same inputs), and each group costs one model pass over the history up to its dates. Reported next to the rate,
/// because the group count, not the event count, decides a replay's time.
/// </summary>
static class ReplayShape
{
    public static async Task<string?> DescribeAsync(string connectionString, string service)
    {
        if (service == "scoring") return null;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT count(*) FILTER (WHERE event_type = 'SignalsEvaluated'),
                   count(DISTINCT (data::jsonb ->> 'inputsSha256')) FILTER (WHERE event_type = 'SignalsEvaluated'),
                   count(*) FILTER (WHERE event_type = 'InputsReceived')
            FROM "{service}".events
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{service}: {reader.GetInt64(0):N0} evaluations in {reader.GetInt64(1):N0} groups of equal inputs (one per live batch), "
            + $"{reader.GetInt64(2):N0} input events; replay runs the model once per group";
    }
}
