using System.Diagnostics;
using Npgsql;

namespace AltSeason.Bench.Platform.Baselines;

/// <summary>
/// Raw Npgsql read of every row of one service's event table (the columns replay and verify read: position, stream,
/// version, type, JSON as text, hash), doing nothing with them: the floor any audit of that history stands on,
/// since an event cannot be checked faster than its stored bytes arrive.
/// </summary>
static class ReadBaseline
{
    /// <returns>Rows read and the best time of <paramref name="rounds"/> reads.</returns>
    public static async Task<(long Rows, TimeSpan Best)> ReadAllAsync(string connectionString, string schema, int rounds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        long rows = 0;
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            rows = 0;
#pragma warning disable CA2100 // the schema is one of the platform's service names, never user input
            await using var command = new NpgsqlCommand($"SELECT position, stream_id, version, event_type, data::text, hash FROM \"{schema}\".events", connection);
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // The JSON's bytes as they arrive, not decoded to a string: replay reads them so, and a floor must not
                // do more work than what stands on it.
                await using (var json = await reader.GetStreamAsync(4)) await json.CopyToAsync(Stream.Null);
                rows++;
            }
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return (rows, best);
    }
}
