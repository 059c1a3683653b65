using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.Bench.Platform.Baselines;

/// <summary>
/// Raw Npgsql binary COPY of <c>rows</c> observation-shaped rows (series, date, field, value) into an unlogged table
/// on the platform's own PostgreSQL: the floor for storing what was ingested.
/// </summary>
static class CopyBaseline
{
    public static async Task<TimeSpan> CopyRowsAsync(string connectionString, long rows, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var table = $"bench_copy_{Guid.NewGuid():N}";
#pragma warning disable CA2100 // the table name is generated here, never user input
        await using (var create = new NpgsqlCommand($"CREATE UNLOGGED TABLE {table} (series text, day date, field text, value double precision)", connection))
            await create.ExecuteNonQueryAsync(ct);
#pragma warning restore CA2100
        var start = new DateOnly(2000, 1, 1);
        var clock = Stopwatch.StartNew();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} (series, day, field, value) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (long i = 0; i < rows; i++)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync($"coin/c{i % 500}", NpgsqlDbType.Text, ct);
                await writer.WriteAsync(start.AddDays((int)(i % 10_000)), NpgsqlDbType.Date, ct);
                await writer.WriteAsync("close", NpgsqlDbType.Text, ct);
                await writer.WriteAsync(i * 0.5, NpgsqlDbType.Double, ct);
            }
            await writer.CompleteAsync(ct);
        }
        var elapsed = clock.Elapsed;
#pragma warning disable CA2100
        await using (var drop = new NpgsqlCommand($"DROP TABLE {table}", connection)) await drop.ExecuteNonQueryAsync(ct);
#pragma warning restore CA2100
        return elapsed;
    }
}
