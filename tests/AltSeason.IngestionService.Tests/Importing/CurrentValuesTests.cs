using AltSeason.Contracts.V1;
using AltSeason.EventStore.Projections;
using AltSeason.Ingestion.Observations;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.Testing;
using Google.Protobuf;

namespace AltSeason.IngestionService.Tests.Importing;

/// <summary>
/// The <c>current_values</c> read model a new import diffs against: a series' first event is written by COPY, later
/// ones by upsert. Both must leave what a rebuild from the events leaves, value and stream version alike.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class CurrentValuesTests(ServersFixture servers)
{
    static ImportRequest Request(byte[] content) => new() { FileName = "^RUT.csv", Content = ByteString.CopyFrom(content) };

    [Fact]
    public async Task First_import_and_revision_leave_the_rows_a_rebuild_from_the_events_gives()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var revisedDay = YahooFile.Sessions(6)[3];

        Assert.True((await host.Ingestion.ImportAsync(Request(YahooFile.Bars(6)))).Accepted);
        var first = await RowsAsync(host);
        Assert.Equal(30, first.Count); // 6 sessions x open, high, low, close, volume
        Assert.All(first, r => Assert.Equal(1L, r.Version));
        Assert.Contains(("equity/rut", "close", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc), 2500.0, 1L), first);
        Assert.Contains(("equity/rut", "volume", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc), 1000.0, 1L), first);

        Assert.True((await host.Ingestion.ImportAsync(Request(YahooFile.Bars(6, i => i == 3 ? 2503.25 : 2500 + i)))).Accepted);
        var revised = await RowsAsync(host);
        Assert.Equal(30, revised.Count);
        var changed = Assert.Single(revised.Except(first));
        Assert.Equal(("equity/rut", "close", revisedDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), 2503.25, 2L), changed);

        await host.Store.RebuildInlineProjectionsAsync(new InlineRebuildOptions([CurrentValuesProjection.Table]));
        Assert.Equal(revised, await RowsAsync(host));
    }

    static async Task<List<(string Series, string Field, DateTime ObservedAt, double Value, long Version)>> RowsAsync(IngestionHost host)
    {
        var rows = new List<(string, string, DateTime, double, long)>();
        await using var command = host.Store.DataSource.CreateCommand(
            $"SELECT series, field, observed_at, value, stream_version FROM {host.Store.Schema}.{CurrentValuesProjection.Table} ORDER BY series, field, observed_at");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDateTime(2), reader.GetDouble(3), reader.GetInt64(4)));
        return rows;
    }
}
