using AltSeason.Contracts.V1;
using AltSeason.Ingestion.Client;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.SampleData;
using AltSeason.Testing;
using Google.Protobuf;

namespace AltSeason.IngestionService.Tests.Importing;

[Collection(ServersFixture.Collection)]
public sealed class FolderAndVolumeTests(ServersFixture servers)
{
    [Fact]
    public async Task ImportFolderAsync_uploads_every_generated_sample_file_and_a_second_run_is_all_duplicates()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var folder = Path.Combine(Path.GetTempPath(), "ingestion-sample-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var files = SampleDataGenerator.Write(folder, new SampleDataOptions(Days: 150, Coins: 10, Symbols: 2, Tokens: 2));

            var first = await SampleIngest.ImportFolderAsync(host.Ingestion, folder, CancellationToken.None);
            var second = await SampleIngest.ImportFolderAsync(host.Ingestion, folder, CancellationToken.None);

            Assert.Equal(files.Select(Path.GetFileName).Order(StringComparer.Ordinal), first.Select(r => r.FileName));
            Assert.All(first, r => Assert.True(r.Accepted && !r.Duplicate, $"{r.FileName}: {string.Join("; ", r.Errors)}"));
            Assert.All(second, r => Assert.True(r.Accepted && r.Duplicate, r.FileName));
            Assert.Equal((long)first.Count, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.outbox"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_reference_coingecko_file_streams_in_and_publishes_one_message_with_every_row()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await using var probe = await MarketDataProbe.StartAsync(servers.AmqpUri);
        var path = ReferenceData.PathOf("coingecko_markets.csv");
        await using var content = File.OpenRead(path);

        var report = await host.Ingestion.UploadAsync(new ImportHeader { FileName = "coingecko_markets.csv" }, content);

        Assert.True(report.Accepted, string.Join("; ", report.Errors.Take(3)));
        Assert.Equal(50, report.Series.Count); // the README's fixed universe of 50 coins
        var message = await probe.WaitForAsync(report.ContentSha256, TimeSpan.FromSeconds(60));
        Assert.Equal(report.Series, message.Series.Select(s => s.Series));
        var stored = await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.current_values");
        Assert.Equal(stored, message.Series.Sum(s => s.Fields.Sum(f => (long)f.Values.Count)));
        Assert.True(stored > 40_000, $"only {stored} values stored");
    }

    [Fact]
    public async Task Concurrent_revisions_of_one_series_all_land_as_separate_events_in_some_order()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await host.Ingestion.ImportAsync(new ImportRequest { FileName = "^RUT.csv", Content = ByteString.CopyFrom(YahooFile.Bars(20)) });

        var revisions = Enumerable.Range(1, 6).Select(k => host.Ingestion.ImportAsync(new ImportRequest
        {
            FileName = "^RUT.csv", Content = ByteString.CopyFrom(YahooFile.Bars(20, i => i == 0 ? 3000 + k : 2500 + i)),
        }));
        var reports = await Task.WhenAll(revisions);

        Assert.All(reports, r => Assert.True(r.Accepted && !r.Duplicate));
        Assert.Equal(7, await host.Store.GetStreamVersionAsync("series/equity/rut"));
        Assert.Equal(7L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.outbox"));
        var replay = await host.Audit.ReplayAsync(new ReplayRequest());
        Assert.Equal((7L, 0L), (replay.EventsReplayed, replay.Differences));
    }
}
