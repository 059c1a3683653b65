using AltSeason.EndToEnd.Tests.Support;
using AltSeason.Testing;

namespace AltSeason.EndToEnd.Tests;

[Collection(ReferenceBackfill.Name)]
public sealed class IdempotencyTests(ReferenceBackfillFixture platform)
{
    [Fact]
    public async Task Importing_the_same_files_again_creates_no_new_event_anywhere()
    {
        var before = await platform.Database.EventCountsAsync();
        // Not RUT.csv: other tests in this collection import corrections of it.
        foreach (var file in new[] { "SPX.csv", "coingecko_markets.csv", "btc_funding_daily.csv" })
        {
            var report = await platform.Clients.ImportAsync(file, await File.ReadAllBytesAsync(ReferenceData.PathOf(file)));
            Assert.True(report.Duplicate, $"{file} was not recognised as already imported");
        }
        foreach (var file in ReferenceBackfillFixture.GeneratedDerivativesAndFlows().Take(3))
            Assert.True((await platform.Clients.ImportAsync(file.FileName, file.Content, file.Format)).Duplicate);

        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(2));
        Assert.Equal(before, await platform.Database.EventCountsAsync());
    }

    [Fact]
    public async Task A_redelivered_MarketDataIngested_creates_no_duplicate()
    {
        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(2));
        var before = await platform.Database.EventCountsAsync();
        var inboxBefore = await platform.Database.InboxCountsAsync();

        // At-least-once for real: mark the last published message unsent, so the outbox relay publishes it again.
        var sequence = await platform.Database.ScalarAsync("SELECT max(sequence) FROM ingestion.outbox");
        await platform.Database.ExecuteTextAsync("UPDATE ingestion.outbox SET sent_at = NULL WHERE sequence = $1", sequence);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await platform.Database.ScalarAsync("SELECT count(*) FROM ingestion.outbox WHERE sent_at IS NULL") > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(250);
        Assert.Equal(0, await platform.Database.ScalarAsync("SELECT count(*) FROM ingestion.outbox WHERE sent_at IS NULL"));

        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(2));
        Assert.Equal(before, await platform.Database.EventCountsAsync());
        Assert.Equal(inboxBefore, await platform.Database.InboxCountsAsync());
    }
}
