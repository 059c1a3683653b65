using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.Bench.IngestionImport;

/// <summary>The baseline: binary COPY of as many (series, field, time, value) rows into a plain table, nothing else.</summary>
static class RawCopy
{
    public static async Task<double> MeasureAsync(string connectionString, long rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE raw_rows (series text, field text, observed_at timestamptz, value double precision)", connection))
            await create.ExecuteNonQueryAsync();
        var start = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY raw_rows FROM STDIN (FORMAT BINARY)"))
        {
            for (long i = 0; i < rows; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync("coin/c" + (i % 80), NpgsqlDbType.Text);
                await writer.WriteAsync("close", NpgsqlDbType.Text);
                await writer.WriteAsync(start.AddDays(i % 4000), NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(i * 0.5, NpgsqlDbType.Double);
            }
            await writer.CompleteAsync();
        }
        return clock.Elapsed.TotalSeconds;
    }
}
