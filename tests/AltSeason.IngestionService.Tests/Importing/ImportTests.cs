using AltSeason.Contracts.V1;
using AltSeason.Ingestion.Observations;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.Testing;
using AltSeason.TimeSeries;
using Google.Protobuf;

namespace AltSeason.IngestionService.Tests.Importing;

[Collection(ServersFixture.Collection)]
public sealed class ImportTests(ServersFixture servers)
{
    const string Rut = "series/equity/rut";

    static ImportRequest Request(byte[] content, string fileName = "^RUT.csv") =>
        new() { FileName = fileName, Content = ByteString.CopyFrom(content) };

    [Fact]
    public async Task A_yahoo_csv_becomes_one_event_on_its_series_stream_and_one_message_with_its_rows()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await using var probe = await MarketDataProbe.StartAsync(servers.AmqpUri);
        var content = YahooFile.Bars(5);
        var sessions = YahooFile.Sessions(5);

        var report = await host.Ingestion.ImportAsync(Request(content));

        Assert.True(report.Accepted, string.Join("; ", report.Errors));
        Assert.Equal("yahoo-csv", report.Format);
        Assert.Equal(5, report.AcceptedRows);
        Assert.Equal(0, report.RejectedRows);
        Assert.Equal(["equity/rut"], report.Series);
        Assert.Equal(Hashes.Sha256(content), report.ContentSha256);
        Assert.False(report.Duplicate);

        var events = await host.Store.ReadStreamAsync(Rut);
        var ingested = Assert.IsType<ObservationsIngested>(Assert.Single(events).Data);
        Assert.Equal("equity/rut", ingested.Series);
        Assert.Equal(report.ContentSha256, ingested.ContentSha256);
        Assert.Equal([Fields.Close, Fields.High, Fields.Low, Fields.Open, Fields.Volume], ingested.Fields.Select(f => f.Field));
        var close = ingested.Fields.Single(f => f.Field == Fields.Close);
        Assert.Equal(sessions.Select(YahooFile.Midnight), close.Timestamps);
        Assert.Equal([2500.0, 2501, 2502, 2503, 2504], close.Values);
        Assert.Equal([1000.0, 1001, 1002, 1003, 1004], ingested.Fields.Single(f => f.Field == Fields.Volume).Values);

        var message = await probe.WaitForAsync(report.ContentSha256);
        Assert.Equal("^RUT.csv", message.FileName);
        Assert.Equal("yahoo-csv", message.Source);
        var change = Assert.Single(message.Series);
        Assert.Equal(("equity/rut", Rut, 1L), (change.Series, change.StreamId, change.StreamVersion));
        Assert.Equal(Convert.ToHexStringLower(events[0].Hash), change.EventSha256);
        Assert.Equal((sessions[0], sessions[^1]), (change.ChangedFrom, change.ChangedTo));
        Assert.Equal(close.Values, change.Fields.Single(f => f.Field == Fields.Close).Values);
        Assert.Equal(25, change.Fields.Sum(f => f.Values.Count));
        // Bodies travel unindented: a backfill's messages carry every row, and indentation was half of their bytes.
        var body = Assert.Single(probe.BodiesFor(report.ContentSha256));
        Assert.DoesNotContain('\n', body);
        Assert.Contains("\"contentSha256\":\"" + report.ContentSha256, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_twice_stores_nothing_and_publishes_nothing_the_second_time()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await using var probe = await MarketDataProbe.StartAsync(servers.AmqpUri);
        var content = YahooFile.Bars(8);

        var first = await host.Ingestion.ImportAsync(Request(content));
        await probe.WaitForAsync(first.ContentSha256);
        var second = await host.Ingestion.ImportAsync(Request(content));

        Assert.False(first.Duplicate);
        Assert.True(second.Accepted);
        Assert.True(second.Duplicate);
        Assert.Equal(first.ContentSha256, second.ContentSha256);
        Assert.Equal(1, await host.Store.GetStreamVersionAsync(Rut));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.outbox"));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a second message, had one been queued, would be relayed by now
        Assert.Single(probe.For(first.ContentSha256));
    }

    [Fact]
    public async Task A_revised_close_is_a_new_event_holding_only_that_row_and_the_first_event_stays()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await using var probe = await MarketDataProbe.StartAsync(servers.AmqpUri);
        var revisedDay = YahooFile.Sessions(6)[3];

        await host.Ingestion.ImportAsync(Request(YahooFile.Bars(6)));
        var revision = await host.Ingestion.ImportAsync(Request(YahooFile.Bars(6, i => i == 3 ? 2503.25 : 2500 + i)));

        Assert.True(revision.Accepted);
        Assert.False(revision.Duplicate);
        var events = await host.Store.ReadStreamAsync(Rut);
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal(30, ((ObservationsIngested)events[0].Data).Fields.Sum(f => f.Values.Count));
        var revised = Assert.Single(((ObservationsIngested)events[1].Data).Fields);
        Assert.Equal(Fields.Close, revised.Field);
        Assert.Equal([YahooFile.Midnight(revisedDay)], revised.Timestamps);
        Assert.Equal([2503.25], revised.Values);
        Assert.Equal(2503.25, await host.ScalarAsync<double>(
            $"SELECT value FROM {{schema}}.current_values WHERE series = 'equity/rut' AND field = 'close' AND observed_at = '{revisedDay:yyyy-MM-dd}T00:00:00Z'"));

        var message = await probe.WaitForAsync(revision.ContentSha256);
        var change = Assert.Single(message.Series);
        Assert.Equal(2, change.StreamVersion);
        Assert.Equal((revisedDay, revisedDay), (change.ChangedFrom, change.ChangedTo));
        var column = Assert.Single(change.Fields);
        Assert.Equal((Fields.Close, 2503.25), (column.Field, Assert.Single(column.Values)));
    }

    [Fact]
    public async Task A_malformed_file_is_rejected_whole_with_file_line_errors_and_nothing_is_stored()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var content = System.Text.Encoding.UTF8.GetBytes(
            YahooFile.Header + "\n2026-01-05,1,2,0.5,1.5,1.5,10\n2026-01-06,1,2,0.5,n/a,1.5,10\nnot-a-date,1,2,0.5,1.5,1.5,10\n");

        var report = await host.Ingestion.ImportAsync(Request(content));

        Assert.False(report.Accepted);
        Assert.Equal(2, report.RejectedRows);
        Assert.Equal(1, report.AcceptedRows);
        Assert.Equal([3L, 4L], report.Errors.Select(e => e.Line));
        Assert.All(report.Errors, e => Assert.Equal("^RUT.csv", e.File));
        Assert.Contains("n/a", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not-a-date", report.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Equal(Hashes.Sha256(content), report.ContentSha256);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.events"));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.outbox"));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.current_values"));
    }
}
